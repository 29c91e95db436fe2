using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>What a patrol measured (巡逻里程与时长): distance, time and person-hours, with pauses left out.</summary>
/// <param name="Metres">The geodesic distance of the counted segments.</param>
/// <param name="Duration">The time under way: from start to end (or the last point) less the pauses.</param>
/// <param name="PersonHours">Each leg's time under way times its headcount.</param>
/// <param name="LegMetres">Each leg's distance, in leg order; they add up to <paramref name="Metres"/>.</param>
public sealed record PatrolMeasures(double Metres, Duration Duration, double PersonHours, IReadOnlyList<double> LegMetres)
{
    /// <summary>Gets the distance in kilometres.</summary>
    public double Kilometres => Metres / 1000;
}
