using NodaTime;

namespace Fengqiao.Patrols.Figures;

/// <summary>The prevention and response record of a period (平安不出事): patrols, inspections, incidents and prevention.</summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The day after its last day.</param>
/// <param name="Within">The division or grid reported on, if narrowed.</param>
/// <param name="Patrols">Patrol figures.</param>
/// <param name="Inspections">Inspection figures.</param>
/// <param name="Incidents">Incident figures.</param>
/// <param name="Prevention">Prevention figures.</param>
public sealed record PatrolsReport(LocalDate From, LocalDate To, string? Within, PatrolFigures Patrols, InspectionFigures Inspections, IncidentFigures Incidents, PreventionFigures Prevention);
