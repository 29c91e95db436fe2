namespace Fengqiao.Grids.Coverage;

/// <summary>Why a grid's size is flagged as far from the norm ("规模适度").</summary>
public enum GridSizeFlagKind
{
    /// <summary>The area is below <see cref="CoverageOptions.SmallGridRatio"/> × the median area.</summary>
    AreaBelowNorm = 1,

    /// <summary>The area is above <see cref="CoverageOptions.LargeGridRatio"/> × the median area.</summary>
    AreaAboveNorm = 2,

    /// <summary>The expected households are below <see cref="CoverageOptions.SmallGridRatio"/> × their median.</summary>
    HouseholdsBelowNorm = 3,

    /// <summary>The expected households are above <see cref="CoverageOptions.LargeGridRatio"/> × their median.</summary>
    HouseholdsAboveNorm = 4,
}
