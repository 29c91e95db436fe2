using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Beats;

/// <summary>A grid or village that a police beat covers over a period (警格覆盖).</summary>
/// <param name="Area">The grid's or village's code.</param>
/// <param name="Validity">When the beat covers it; <c>ValidTo</c> is exclusive.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record BeatCoverage(JurisdictionCode Area, ValidityPeriod Validity, ChangeStamp Recorded)
{
    /// <summary>
    /// Gets a value indicating whether this coverage touches an area: the covered area is the area,
    /// lies inside it (a grid of a queried village), or contains it (a village covered whole covers its grids).
    /// </summary>
    /// <param name="area">A grid, village or township.</param>
    /// <returns>Whether they are related.</returns>
    public bool Touches(JurisdictionCode area) => Area.Contains(area) || area.Contains(Area);
}
