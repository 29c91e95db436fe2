using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Coverage;

/// <summary>
/// The result of a coverage check (覆盖检查结果) of a village's or township's grids against
/// "规模适度、界限清晰、无缝覆盖". Every list is in a fixed order, so equal inputs give equal reports.
/// </summary>
/// <param name="Parent">The parent division's code, when a parent boundary was given.</param>
/// <param name="GridCount">The number of grids checked.</param>
/// <param name="Gaps">Gaps of at least the sliver area, ordered by their envelope (west, then south).</param>
/// <param name="Overlaps">Overlaps of at least the sliver area, by the pair's codes.</param>
/// <param name="OutsideParent">Parts of grids outside the parent of at least the sliver area, by grid code.</param>
/// <param name="Slivers">Gaps, overlaps and outside parts smaller than the sliver area, by kind, then as above.</param>
/// <param name="Statistics">Grid size statistics and flags.</param>
public sealed record CoverageReport(
    JurisdictionCode? Parent,
    int GridCount,
    IReadOnlyList<CoverageFinding> Gaps,
    IReadOnlyList<CoverageFinding> Overlaps,
    IReadOnlyList<CoverageFinding> OutsideParent,
    IReadOnlyList<CoverageFinding> Slivers,
    GridSizeStatistics Statistics)
{
    /// <summary>
    /// Gets a value indicating whether coverage is broken: any gap, overlap or outside part at least
    /// as large as the sliver area. Slivers and size flags are reported but tolerated.
    /// </summary>
    public bool HasFindings => Gaps.Count > 0 || Overlaps.Count > 0 || OutsideParent.Count > 0;
}
