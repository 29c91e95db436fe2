using Fengqiao.Errors;

namespace Fengqiao.Grids.Coverage;

/// <summary>Options of a coverage check (覆盖检查选项).</summary>
public sealed record CoverageOptions
{
    /// <summary>Gets the default options.</summary>
    public static CoverageOptions Default { get; } = new();

    /// <summary>
    /// Gets the area in square metres below which a gap, overlap or part outside the parent is a
    /// sliver (碎片): reported in <see cref="CoverageReport.Slivers"/>, tolerated by
    /// <see cref="CoverageReport.HasFindings"/>. Default 10 m², smaller than any dwelling.
    /// </summary>
    public double SliverAreaSquareMetres { get; init; } = 10;

    /// <summary>Gets the ratio to the median below which a grid is flagged as unusually small (default 0.25: a quarter of the median).</summary>
    public double SmallGridRatio { get; init; } = 0.25;

    /// <summary>Gets the ratio to the median above which a grid is flagged as unusually large (default 4: four times the median).</summary>
    public double LargeGridRatio { get; init; } = 4;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ValidationException">An option is negative, not finite, or the ratios are out of order.</exception>
    internal void Validate()
    {
        if (!double.IsFinite(SliverAreaSquareMetres) || SliverAreaSquareMetres < 0)
        {
            throw ValidationException.Of(ErrorCodes.OptionsInvalid, nameof(SliverAreaSquareMetres), "SliverAreaSquareMetres must be a finite number ≥ 0");
        }

        if (!double.IsFinite(SmallGridRatio) || !double.IsFinite(LargeGridRatio) || SmallGridRatio < 0 || SmallGridRatio > 1 || LargeGridRatio < 1)
        {
            throw ValidationException.Of(ErrorCodes.OptionsInvalid, nameof(SmallGridRatio), "SmallGridRatio must lie in 0..1 and LargeGridRatio be ≥ 1");
        }
    }
}
