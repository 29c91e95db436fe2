namespace Fengqiao.Patrols.Figures;

/// <summary>One grid's patrol figures.</summary>
/// <param name="Grid">The grid or division code.</param>
/// <param name="Kilometres">The distance patrolled in it.</param>
/// <param name="Hours">The time under way in it.</param>
/// <param name="PersonHours">The person-hours in it.</param>
public sealed record GridPatrolFigures(string Grid, double Kilometres, double Hours, double PersonHours);
