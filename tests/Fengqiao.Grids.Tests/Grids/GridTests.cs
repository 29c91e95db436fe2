using Fengqiao.Errors;
using Fengqiao.Grids.Events;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Grids;

public class GridTests
{
    [Fact]
    public void A_redrawn_boundary_is_a_new_period_so_past_dates_keep_the_old_boundary()
    {
        var old = Rect(91.60, 29.80, 91.61, 29.81);
        var redrawn = Rect(91.60, 29.80, 91.615, 29.81);
        var grid = Grid.Register(GridA1, D(2024, 1, 1), new GridAttributes("第一网格", old, "A-01", "第一网格党小组", 120), Stamp);

        grid.ChangeBoundary(D(2025, 1, 1), redrawn, Stamp);

        Assert.True(grid.AttributesOn(D(2024, 12, 31))!.Boundary.EqualsExact(old));
        Assert.True(grid.AttributesOn(D(2025, 1, 1))!.Boundary.EqualsExact(redrawn));
        Assert.Equal("A-01", grid.AttributesOn(D(2025, 6, 1))!.Sign);
        Assert.Equal(120, grid.AttributesOn(D(2025, 6, 1))!.ExpectedHouseholds);
        Assert.True(Assert.IsType<GridRevised>(grid.PendingEvents[^1]).BoundaryChanged);
        Assert.Null(grid.AttributesOn(D(2023, 12, 31)));
    }

    [Fact]
    public void A_grid_lies_in_the_village_its_code_names()
    {
        var grid = Grid.Register(GridA1, "第一网格", Rect(91.60, 29.80, 91.61, 29.81), Start, Stamp);

        Assert.Equal(VillageA, grid.Village);
        Assert.Equal(4326, grid.Current.Attributes.Boundary.SRID);
        Assert.Equal("第一网格", grid.AsOf(Start)!.Name);
    }

    [Fact]
    public void The_grid_keeps_its_own_copy_of_the_boundary()
    {
        var boundary = Rect(91.60, 29.80, 91.61, 29.81);
        var grid = Grid.Register(GridA1, "第一网格", boundary, Start, Stamp);

        boundary.Coordinates[0].X = 0;
        boundary.GeometryChanged();

        Assert.Equal(91.60, grid.Current.Attributes.Boundary.EnvelopeInternal.MinX);
    }

    public static TheoryData<string, Geometry> BadBoundaries => new()
    {
        { "line", Factory.CreateLineString([new(91.6, 29.8), new(91.7, 29.9)]) },
        { "bow-tie", Factory.CreatePolygon([new(0, 0), new(1, 1), new(1, 0), new(0, 1), new(0, 0)]) },
        { "out of range", Rect(190, 29.8, 191, 29.9) },
        { "empty", Factory.CreatePolygon() },
        { "projected", new GeometryFactory(new PrecisionModel(), 3857).CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 0)]) },
    };

    [Theory]
    [MemberData(nameof(BadBoundaries))]
    public void Only_valid_WGS84_polygons_are_boundaries(string reason, Geometry boundary)
    {
        var error = Assert.Throws<ValidationException>(() => Grid.Register(GridA1, "第一网格", boundary, Start, Stamp));
        Assert.True(error.Code == GridErrorCodes.BoundaryInvalid, reason);
    }

    [Fact]
    public void A_multipolygon_is_a_boundary()
    {
        var both = Factory.CreateMultiPolygon([Rect(91.60, 29.80, 91.61, 29.81), Rect(91.62, 29.80, 91.63, 29.81)]);
        Assert.IsType<MultiPolygon>(Grid.Register(GridA1, "飞地网格", both, Start, Stamp).Current.Attributes.Boundary);
    }

    [Fact]
    public void A_grid_needs_a_fifteen_digit_code_and_sane_counts()
    {
        Assert.Equal(GridErrorCodes.LevelMismatch, Assert.Throws<ValidationException>(() => Grid.Register(VillageA, "村", Rect(0, 0, 1, 1), Start, Stamp)).Code);
        Assert.Equal(GridErrorCodes.CountNegative, Assert.Throws<ValidationException>(() =>
            Grid.Register(GridA1, Start, new GridAttributes("网格", Rect(0, 0, 1, 1), ExpectedHouseholds: -1), Stamp)).Code);
    }

    [Fact]
    public void A_retired_grid_no_longer_applies()
    {
        var grid = Grid.Register(GridA1, "第一网格", Rect(91.60, 29.80, 91.61, 29.81), Start, Stamp);
        grid.Retire(D(2024, 1, 1), Stamp);

        Assert.False(grid.ExistsOn(D(2024, 1, 1)));
        Assert.IsType<GridRetired>(grid.PendingEvents[^1]);
        Assert.Throws<ValidationException>(() => grid.Rename(D(2025, 1, 1), "新名", Stamp));
    }

    [Fact]
    public void Splitting_a_grid_links_the_parts_to_it()
    {
        var source = Grid.Register(GridA1, "第一网格", Rect(91.60, 29.80, 91.62, 29.81), Start, Stamp);
        var west = JurisdictionCode.Parse("540127200201003");
        var east = JurisdictionCode.Parse("540127200201004");

        var parts = GridRestructuring.Split(
            source,
            D(2024, 1, 1),
            [new GridPart(west, new GridAttributes("西网格", Rect(91.60, 29.80, 91.61, 29.81))), new GridPart(east, new GridAttributes("东网格", Rect(91.61, 29.80, 91.62, 29.81)))],
            Stamp);

        Assert.False(source.ExistsOn(D(2024, 1, 1)));
        Assert.Equal([west, east], source.Successors.Select(s => s.Code));
        Assert.All(parts, p => Assert.Equal(GridA1, Assert.Single(p.Predecessors).Code));

        var merged = GridRestructuring.Merge(parts, D(2025, 1, 1), new GridPart(JurisdictionCode.Parse("540127200201005"), new GridAttributes("合并网格", Rect(91.60, 29.80, 91.62, 29.81))), Stamp);
        Assert.Equal([west, east], merged.Predecessors.Select(p => p.Code));
    }
}
