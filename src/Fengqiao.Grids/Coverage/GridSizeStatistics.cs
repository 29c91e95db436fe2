namespace Fengqiao.Grids.Coverage;

/// <summary>Size statistics of a set of grids (网格规模统计); areas in square metres.</summary>
/// <param name="Count">The number of grids.</param>
/// <param name="MinAreaSquareMetres">The smallest area (0 without grids).</param>
/// <param name="MedianAreaSquareMetres">The median area (the mean of the middle two for an even count).</param>
/// <param name="MeanAreaSquareMetres">The mean area.</param>
/// <param name="MaxAreaSquareMetres">The largest area.</param>
/// <param name="TotalAreaSquareMetres">The sum of the areas (overlaps counted twice).</param>
/// <param name="GridsWithExpectedHouseholds">How many grids give <c>expectedHouseholds</c>.</param>
/// <param name="ExpectedHouseholds">The sum of the expected households given, or <see langword="null"/> when no grid gives any.</param>
/// <param name="MedianExpectedHouseholds">The median of the expected households given, or <see langword="null"/>.</param>
/// <param name="Grids">Each grid's size, by code.</param>
/// <param name="Flags">The grids far outside the norm, by code then kind.</param>
public sealed record GridSizeStatistics(
    int Count,
    double MinAreaSquareMetres,
    double MedianAreaSquareMetres,
    double MeanAreaSquareMetres,
    double MaxAreaSquareMetres,
    double TotalAreaSquareMetres,
    int GridsWithExpectedHouseholds,
    long? ExpectedHouseholds,
    double? MedianExpectedHouseholds,
    IReadOnlyList<GridSize> Grids,
    IReadOnlyList<GridSizeFlag> Flags);
