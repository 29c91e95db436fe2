using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>The response-time targets by priority (出警时限): urgent within 5 minutes by default.</summary>
public sealed class IncidentResponseTargets
{
    /// <summary>Gets the default targets: urgent 5 minutes, normal 15, low 60.</summary>
    public static IncidentResponseTargets Default { get; } = new();

    /// <summary>Gets or sets the target for urgent incidents.</summary>
    public Duration Urgent { get; init; } = Duration.FromMinutes(5);

    /// <summary>Gets or sets the target for normal incidents.</summary>
    public Duration Normal { get; init; } = Duration.FromMinutes(15);

    /// <summary>Gets or sets the target for low-priority incidents.</summary>
    public Duration Low { get; init; } = Duration.FromMinutes(60);

    /// <summary>Gets the target for a priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The target.</returns>
    public Duration For(IncidentPriority priority) => priority switch
    {
        IncidentPriority.Urgent => Urgent,
        IncidentPriority.Normal => Normal,
        _ => Low,
    };
}
