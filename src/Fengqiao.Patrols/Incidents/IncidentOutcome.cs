namespace Fengqiao.Patrols.Incidents;

/// <summary>How an incident ended (处置结果): the people hurt or killed, so "no road-traffic death for N years" is computable.</summary>
/// <param name="Injured">The number injured.</param>
/// <param name="Dead">The number killed.</param>
/// <param name="Summary">A short summary, such as "phone returned to its owner".</param>
public sealed record IncidentOutcome(int Injured, int Dead, string Summary)
{
    /// <summary>An outcome with nobody hurt.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The outcome.</returns>
    public static IncidentOutcome Unharmed(string summary) => new(0, 0, summary);
}
