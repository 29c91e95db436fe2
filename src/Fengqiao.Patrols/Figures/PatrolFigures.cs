namespace Fengqiao.Patrols.Figures;

/// <summary>Patrol figures for a period (巡逻指标).</summary>
/// <param name="Patrols">Patrols started in the period.</param>
/// <param name="Kilometres">The distance patrolled (geodesic, pauses left out).</param>
/// <param name="Hours">The time under way.</param>
/// <param name="PersonHours">The person-hours.</param>
/// <param name="DroneSorties">Drone sorties flown.</param>
/// <param name="DroneKilometres">The distance they flew.</param>
/// <param name="DroneMinutes">Their minutes aloft.</param>
/// <param name="Hazards">Hazards observed.</param>
/// <param name="HelpGiven">Times help was given.</param>
/// <param name="Suspicious">Suspicious situations noted.</param>
/// <param name="PublicityDone">Publicity done along the way.</param>
/// <param name="ByGrid">The distance, time and person-hours per grid.</param>
public sealed record PatrolFigures(
    int Patrols,
    double Kilometres,
    double Hours,
    double PersonHours,
    int DroneSorties,
    double DroneKilometres,
    double DroneMinutes,
    int Hazards,
    int HelpGiven,
    int Suspicious,
    int PublicityDone,
    IReadOnlyList<GridPatrolFigures> ByGrid);
