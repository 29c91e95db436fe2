using Fengqiao.Errors;
using Fengqiao.Grids.Coverage;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using Fengqiao.Grids.Tests.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.Coverage;

public class GridCoverageTests
{
    private const double U = 0.001; // about 96 m east-west and 111 m north-south at latitude 30°

    /// <summary>Grid k of a 2×2 tiling of U-sized squares at (120, 30), numbered row by row from 1.</summary>
    private static GridFeature Square(int number, int column, int row) => Grid(number, Box(120 + (column * U), 30 + (row * U), U, U));

    private static List<GridFeature> FourSquares() => [Square(1, 0, 0), Square(2, 1, 0), Square(3, 0, 1), Square(4, 1, 1)];

    [Fact]
    public void A_seamless_tiling_has_no_findings_with_or_without_its_parent()
    {
        var withParent = GridCoverage.Check(FourSquares(), Village(Box(120, 30, 2 * U, 2 * U)));
        var alone = GridCoverage.Check(FourSquares());

        foreach (var report in new[] { withParent, alone })
        {
            Assert.False(report.HasFindings);
            Assert.Empty(report.Gaps);
            Assert.Empty(report.Overlaps);
            Assert.Empty(report.OutsideParent);
            Assert.Empty(report.Slivers);
            Assert.Equal(4, report.GridCount);
        }

        Assert.Equal(VillageCode, withParent.Parent);
        Assert.Null(alone.Parent);
    }

    [Fact]
    public void Parent_area_no_grid_covers_is_a_gap()
    {
        var grids = FourSquares().Where(g => g.Code != Square(4, 1, 1).Code);

        var report = GridCoverage.Check(grids, Village(Box(120, 30, 2 * U, 2 * U)));

        var gap = Assert.Single(report.Gaps);
        Assert.Equal(CoverageFindingKind.Gap, gap.Kind);
        Assert.Null(gap.Grid);
        Assert.Equal(GeodesicArea.SquareMetres(Box(120 + U, 30 + U, U, U)), gap.AreaSquareMetres, 1e-6);
        AssertSameShape(Box(120 + U, 30 + U, U, U), gap.Geometry);
        Assert.StartsWith("POLYGON ((120.001 30.001, 120.001 30.002", gap.Wkt, StringComparison.Ordinal);
        Assert.True(report.HasFindings);
    }

    [Fact]
    public void Without_a_parent_a_hole_in_the_union_is_a_gap()
    {
        // A ring of eight squares around a missing centre square.
        var grids = new List<GridFeature>();
        var number = 1;
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (row != 1 || column != 1)
                {
                    grids.Add(Grid(number++, Box(120 + (column * U), 30 + (row * U), U, U)));
                }
            }
        }

        var report = GridCoverage.Check(grids);

        var gap = Assert.Single(report.Gaps);
        AssertSameShape(Box(120 + U, 30 + U, U, U), gap.Geometry);
        Assert.Empty(report.Overlaps);
    }

    [Fact]
    public void Two_grids_sharing_area_are_an_overlap_with_the_lower_code_first()
    {
        var grids = new[] { Grid(7, Box(120 + (0.8 * U), 30, U, U)), Grid(3, Box(120, 30, U, U)) };

        var report = GridCoverage.Check(grids);

        var overlap = Assert.Single(report.Overlaps);
        Assert.Equal(JurisdictionCode.Parse(GeoJsonText.GridCode(3)), overlap.Grid);
        Assert.Equal(JurisdictionCode.Parse(GeoJsonText.GridCode(7)), overlap.OtherGrid);
        var strip = Box(120 + (0.8 * U), 30, 0.2 * U, U);
        AssertSameShape(strip, overlap.Geometry);
        Assert.Equal(GeodesicArea.SquareMetres(strip), overlap.AreaSquareMetres, 1e-6);
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void A_grid_inside_another_is_an_overlap()
    {
        var report = GridCoverage.Check([Grid(1, Box(120, 30, 3 * U, 3 * U)), Grid(2, Box(120 + U, 30 + U, U, U))]);

        var overlap = Assert.Single(report.Overlaps);
        AssertSameShape(Box(120 + U, 30 + U, U, U), overlap.Geometry);
    }

    [Fact]
    public void Tiny_gaps_and_overlaps_are_slivers_and_are_tolerated()
    {
        // In a village 2U × 2U: a gap 5e-7° wide (about 0.05 m × 111 m ≈ 5 m²) between grids 1 and 2,
        // and an overlap of the same size between grids 3 and 4.
        var grids = new[]
        {
            Grid(1, Box(120, 30, U, U)),
            Grid(2, Box(120 + U + 5e-7, 30, U - 5e-7, U)),
            Grid(3, Box(120, 30 + U, U, U)),
            Grid(4, Box(120 + U - 5e-7, 30 + U, U + 5e-7, U)),
        };

        var report = GridCoverage.Check(grids, Village(Box(120, 30, 2 * U, 2 * U)));

        Assert.False(report.HasFindings);
        Assert.Empty(report.Gaps);
        Assert.Empty(report.Overlaps);
        Assert.Equal([CoverageFindingKind.Gap, CoverageFindingKind.Overlap], report.Slivers.Select(s => s.Kind));
        Assert.All(report.Slivers, s => Assert.InRange(s.AreaSquareMetres, 4, 6));
        Assert.Equal(JurisdictionCode.Parse(GeoJsonText.GridCode(3)), report.Slivers[1].Grid);

        var strict = GridCoverage.Check(grids, Village(Box(120, 30, 2 * U, 2 * U)), new CoverageOptions { SliverAreaSquareMetres = 1 });
        Assert.True(strict.HasFindings);
        Assert.Single(strict.Gaps);
        Assert.Single(strict.Overlaps);
        Assert.Empty(strict.Slivers);
    }

    [Fact]
    public void A_grid_reaching_outside_its_parent_is_reported_with_the_part_outside()
    {
        var grids = new[] { Grid(1, Box(120, 30, U, U)), Grid(2, Box(120 + U, 30, 1.5 * U, U)) };

        var report = GridCoverage.Check(grids, Village(Box(120, 30, 2 * U, U)));

        var outside = Assert.Single(report.OutsideParent);
        Assert.Equal(JurisdictionCode.Parse(GeoJsonText.GridCode(2)), outside.Grid);
        AssertSameShape(Box(120 + (2 * U), 30, 0.5 * U, U), outside.Geometry);
        Assert.Equal(GeodesicArea.SquareMetres(Box(120 + (2 * U), 30, 0.5 * U, U)), outside.AreaSquareMetres, 1e-6);
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void A_parent_with_a_hole_is_not_a_gap_there()
    {
        // The village boundary excludes a lake; the grids leave the lake out as well.
        var parent = Shape("POLYGON ((120 30, 120.002 30, 120.002 30.001, 120 30.001, 120 30), (120.0004 30.0004, 120.0006 30.0004, 120.0006 30.0006, 120.0004 30.0006, 120.0004 30.0004))");
        var left = Shape("POLYGON ((120 30, 120.001 30, 120.001 30.001, 120 30.001, 120 30), (120.0004 30.0004, 120.0006 30.0004, 120.0006 30.0006, 120.0004 30.0006, 120.0004 30.0004))");

        var report = GridCoverage.Check([Grid(1, left), Grid(2, Box(120 + U, 30, U, U))], Village(parent));

        Assert.False(report.HasFindings);
        Assert.Empty(report.Slivers);
    }

    [Fact]
    public void Findings_do_not_depend_on_input_order()
    {
        var grids = SyntheticTilings.Irregular(6, 5).Where((_, i) => i != 7).ToList();
        grids.Add(Grid(999, Box(120.004, 29.504, 0.004, 0.003)));
        var forward = GridCoverage.Check(grids);
        var backward = GridCoverage.Check(Enumerable.Reverse(grids));

        Assert.Equal(Describe(forward), Describe(backward));
        Assert.NotEmpty(forward.Overlaps);
        Assert.NotEmpty(forward.Gaps);
    }

    [Fact]
    public void Size_statistics_and_flags_follow_the_median_rule()
    {
        var grids = new[]
        {
            Grid(1, Box(120, 30, U, U), households: 300),
            Grid(2, Box(120 + U, 30, U, U), households: 320),
            Grid(3, Box(120 + (2 * U), 30, U, U), households: 20),
            Grid(4, Box(120 + (3 * U), 30, 0.2 * U, U)),
            Grid(5, Box(120 + (3.2 * U), 30, 5 * U, U), households: 310),
        };

        var stats = GridCoverage.Check(grids).Statistics;

        var unit = GeodesicArea.SquareMetres(Box(120, 30, U, U));
        Assert.Equal(5, stats.Count);
        Assert.Equal(unit, stats.MedianAreaSquareMetres, 1e-3);
        Assert.Equal(0.2 * unit, stats.MinAreaSquareMetres, 1e-3);
        Assert.Equal(5 * unit, stats.MaxAreaSquareMetres, 1e-3);
        Assert.Equal(stats.TotalAreaSquareMetres / 5, stats.MeanAreaSquareMetres, 1e-6);
        Assert.Equal(4, stats.GridsWithExpectedHouseholds);
        Assert.Equal(950, stats.ExpectedHouseholds);
        Assert.Equal(305, stats.MedianExpectedHouseholds);
        Assert.Equal(
            [("330681108201003", GridSizeFlagKind.HouseholdsBelowNorm), ("330681108201004", GridSizeFlagKind.AreaBelowNorm), ("330681108201005", GridSizeFlagKind.AreaAboveNorm)],
            stats.Flags.Select(f => (f.Grid.ToString(), f.Kind)));
        Assert.Equal(5, stats.Grids.Count);
        Assert.Null(stats.Grids[3].ExpectedHouseholds);
    }

    [Fact]
    public void Flag_ratios_are_options()
    {
        var grids = new[] { Grid(1, Box(120, 30, U, U)), Grid(2, Box(120 + U, 30, U, U)), Grid(3, Box(120 + (2 * U), 30, 2.5 * U, U)) };

        Assert.Empty(GridCoverage.Check(grids).Statistics.Flags);
        var flag = Assert.Single(GridCoverage.Check(grids, options: new CoverageOptions { LargeGridRatio = 2 }).Statistics.Flags);
        Assert.Equal(GridSizeFlagKind.AreaAboveNorm, flag.Kind);
    }

    [Fact]
    public void No_grids_in_a_parent_leave_it_all_a_gap()
    {
        var report = GridCoverage.Check([], Village(Box(120, 30, U, U)));

        Assert.Single(report.Gaps);
        Assert.Equal(0, report.Statistics.Count);
        Assert.Null(report.Statistics.ExpectedHouseholds);
        Assert.False(GridCoverage.Check([]).HasFindings);
    }

    [Fact]
    public void A_seamless_irregular_tiling_checks_clean()
    {
        // 20-vertex cells with jittered corners and wavy shared edges.
        var grids = SyntheticTilings.Irregular(12, 10);
        var township = new GridFeature(JurisdictionCode.Parse(SyntheticTilings.Township), "枫桥镇", UnaryUnionOp.Union(grids.Select(g => g.Boundary)));

        var report = GridCoverage.Check(grids, township);

        Assert.False(report.HasFindings);
        Assert.Empty(report.Slivers);
        Assert.Equal(120, report.GridCount);
        Assert.All(grids, g => Assert.Equal(20, g.Boundary.NumPoints - 1));
    }

    [Fact]
    public void Grids_under_another_village_are_refused()
    {
        var stranger = new GridFeature(JurisdictionCode.Parse("330681108202001"), "邻村网格", Box(120, 30, U, U));

        var error = Assert.Throws<ValidationException>(() => GridCoverage.Check([stranger], Village(Box(120, 30, U, U))));

        Assert.Equal(GridErrorCodes.CoverageGridNotInParent, error.Code);
        Assert.Equal("grids[0]", error.Field);
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridCoverage.Check([Grid(1, Box(120, 30, U, U)), Grid(1, Box(121, 30, U, U))]));

        Assert.Equal(GridErrorCodes.GeometryDuplicateCode, error.Code);
        Assert.Equal("grids[1]", error.Field);
    }

    [Fact]
    public void Invalid_boundaries_are_refused()
    {
        var bowtie = Grid(2, "POLYGON ((120 30, 120.001 30.001, 120.001 30, 120 30.001, 120 30))");

        var error = Assert.Throws<ValidationException>(() => GridCoverage.Check([Grid(1, Box(121, 30, U, U)), bowtie]));
        var parentError = Assert.Throws<ValidationException>(() => GridCoverage.Check([], Village(bowtie.Boundary)));

        Assert.Equal(GridErrorCodes.GeometryInvalid, error.Code);
        Assert.Equal("grids[1]", error.Field);
        Assert.Equal("parent", parentError.Field);
    }

    [Fact]
    public void Out_of_range_options_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridCoverage.Check([], options: new CoverageOptions { SliverAreaSquareMetres = -1 }));
        Assert.Equal(ErrorCodes.OptionsInvalid, error.Code);
    }

    /// <summary>Asserts two shapes agree to within the check's precision (1e-9°).</summary>
    private static void AssertSameShape(Geometry expected, Geometry actual) =>
        Assert.True(expected.Normalized().EqualsExact(actual.Normalized(), 1e-9), $"expected {expected}, got {actual}");

    private static string Describe(CoverageReport report) =>
        string.Join(
            "\n",
            report.Gaps.Concat(report.Overlaps).Concat(report.OutsideParent).Concat(report.Slivers)
                .Select(f => $"{f.Kind} {f.Grid} {f.OtherGrid} {f.AreaSquareMetres:R} {f.Wkt}"));
}
