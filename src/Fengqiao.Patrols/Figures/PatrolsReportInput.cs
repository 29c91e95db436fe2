using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using NodaTime;

namespace Fengqiao.Patrols.Figures;

/// <summary>What <see cref="PatrolsFigures.Compute"/> needs. Records outside the period are ignored, so callers may pass more.</summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The day after its last day.</param>
public sealed record PatrolsReportInput(LocalDate From, LocalDate To)
{
    /// <summary>Gets the division or grid to report on; everything when null.</summary>
    public JurisdictionCode? Within { get; init; }

    /// <summary>Gets the patrols.</summary>
    public IReadOnlyList<Patrol> Patrols { get; init; } = [];

    /// <summary>Gets the inspections.</summary>
    public IReadOnlyList<Inspection> Inspections { get; init; } = [];

    /// <summary>Gets the incidents of the period, of the same period a year earlier, and of earlier years for the road-safety streak.</summary>
    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>Gets the prevention activities.</summary>
    public IReadOnlyList<PreventionActivity> Prevention { get; init; } = [];

    /// <summary>Gets the grid locator for crediting patrol distance to grids; without it patrols count where they are filed.</summary>
    public GridLocator? Locator { get; init; }

    /// <summary>Gets the response-time targets.</summary>
    public IncidentResponseTargets Targets { get; init; } = IncidentResponseTargets.Default;

    /// <summary>Gets the first year incident records cover (bounds the road-safety streak); the earliest incident's year when null.</summary>
    public int? FirstYearOnRecord { get; init; }
}
