namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>A grid's share of a patrol: metres, seconds under way and person-seconds.</summary>
/// <param name="Metres">The distance credited to the grid.</param>
/// <param name="Seconds">The time under way credited to the grid.</param>
/// <param name="PersonSeconds">The time times the headcount.</param>
public readonly record struct GridShare(double Metres, double Seconds, double PersonSeconds);
