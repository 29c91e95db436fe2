using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;

namespace Fengqiao.Grids.Coverage;

/// <summary>
/// "规模适度" (sensible size) as a rule: a grid whose area, or expected households, is below
/// <see cref="CoverageOptions.SmallGridRatio"/> or above <see cref="CoverageOptions.LargeGridRatio"/>
/// times the median of its siblings is flagged. The median, unlike the mean, is not dragged by the outlier itself.
/// </summary>
internal static class GridSizeRules
{
    public static GridSizeStatistics Statistics(IReadOnlyList<GridFeature> gridsByCode, CoverageOptions options)
    {
        var sizes = gridsByCode
            .Select(g => new GridSize(g.Code, GeodesicArea.SquareMetres(g.Boundary), g.ExpectedHouseholds))
            .ToList();
        var areas = sizes.Select(s => s.AreaSquareMetres).ToArray();
        var households = sizes.Where(s => s.ExpectedHouseholds is not null).Select(s => (double)s.ExpectedHouseholds!.Value).ToArray();
        var medianArea = Median(areas);
        double? medianHouseholds = households.Length == 0 ? null : Median(households);

        var flags = new List<GridSizeFlag>();
        foreach (var size in sizes)
        {
            Flag(flags, size, size.AreaSquareMetres, medianArea, GridSizeFlagKind.AreaBelowNorm, GridSizeFlagKind.AreaAboveNorm, options);
            if (size.ExpectedHouseholds is { } count && medianHouseholds is { } median)
            {
                Flag(flags, size, count, median, GridSizeFlagKind.HouseholdsBelowNorm, GridSizeFlagKind.HouseholdsAboveNorm, options);
            }
        }

        return new GridSizeStatistics(
            sizes.Count,
            areas.Length == 0 ? 0 : areas.Min(),
            medianArea,
            areas.Length == 0 ? 0 : areas.Average(),
            areas.Length == 0 ? 0 : areas.Max(),
            areas.Sum(),
            households.Length,
            households.Length == 0 ? null : sizes.Sum(s => (long)(s.ExpectedHouseholds ?? 0)),
            medianHouseholds,
            sizes,
            flags);
    }

    private static void Flag(
        List<GridSizeFlag> flags, GridSize size, double value, double median, GridSizeFlagKind below, GridSizeFlagKind above, CoverageOptions options)
    {
        if (median <= 0)
        {
            return;
        }

        if (value < median * options.SmallGridRatio)
        {
            flags.Add(new GridSizeFlag(size.Grid, below, value, median));
        }
        else if (value > median * options.LargeGridRatio)
        {
            flags.Add(new GridSizeFlag(size.Grid, above, value, median));
        }
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
