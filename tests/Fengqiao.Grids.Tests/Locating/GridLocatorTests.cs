using Fengqiao.Errors;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Grids.Tests.GeoJson;
using Fengqiao.Jurisdictions;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.Locating;

public class GridLocatorTests
{
    // A 2×2 tiling of unit squares from (120, 30): 1 = south-west, 2 = south-east, 3 = north-west, 4 = north-east.
    private static readonly GridLocator Squares = GridLocator.Build(
    [
        Grid(1, Box(120, 30, 1, 1)), Grid(2, Box(121, 30, 1, 1)), Grid(3, Box(120, 31, 1, 1)), Grid(4, Box(121, 31, 1, 1)),
    ]);

    private static string? Code(GridLocator locator, double lon, double lat) => locator.Locate(lon, lat)?.ToString();

    private static string G(int number) => GeoJsonText.GridCode(number);

    [Theory]
    [InlineData(120.5, 30.5, 1)]
    [InlineData(121.5, 30.5, 2)]
    [InlineData(120.5, 31.5, 3)]
    [InlineData(121.9999999, 31.9999999, 4)]
    public void Interior_points_find_their_grid(double lon, double lat, int grid)
    {
        Assert.Equal(G(grid), Code(Squares, lon, lat));
        Assert.True(Squares.TryLocate(lon, lat, out var code));
        Assert.Equal(G(grid), code.ToString());
    }

    [Theory]
    [InlineData(119.9, 30.5)]
    [InlineData(122.1, 30.5)]
    [InlineData(121, 29.99)]
    [InlineData(0, 0)]
    [InlineData(double.NaN, 30.5)]
    [InlineData(120.5, double.PositiveInfinity)]
    public void Points_outside_every_grid_find_none(double lon, double lat)
    {
        Assert.Null(Squares.Locate(lon, lat));
        Assert.False(Squares.TryLocate(lon, lat, out var code));
        Assert.True(code.IsEmpty);
    }

    [Theory]
    [InlineData(121, 30.5, 2)] // shared north-south edge: the grid east of it
    [InlineData(120.5, 31, 3)] // shared east-west edge: the grid north of it
    [InlineData(121, 31, 4)] // the vertex all four share: north-east
    [InlineData(121, 30, 2)] // a vertex on the southern outer edge
    [InlineData(120, 30.5, 1)] // the western outer edge belongs to the grid
    [InlineData(120.5, 30, 1)] // and so does the southern one
    public void Shared_edges_and_vertices_resolve_to_exactly_one_grid(double lon, double lat, int grid)
    {
        Assert.Equal(G(grid), Code(Squares, lon, lat));
    }

    [Theory]
    [InlineData(122, 30.5)] // the eastern outer edge
    [InlineData(120.5, 32)] // the northern outer edge
    [InlineData(122, 32)] // the north-east corner
    public void The_east_and_north_outer_edges_belong_to_no_grid(double lon, double lat)
    {
        Assert.Null(Squares.Locate(lon, lat));
    }

    [Fact]
    public void A_point_on_a_diagonal_shared_edge_belongs_to_the_grid_east_of_it()
    {
        // One square split along its diagonal: 1 is the north-west triangle, 2 the south-east one.
        var locator = GridLocator.Build([Grid(1, "POLYGON ((0 0, 1 1, 0 1, 0 0))"), Grid(2, "POLYGON ((0 0, 1 0, 1 1, 0 0))")]);

        Assert.Equal(G(2), Code(locator, 0.5, 0.5));
        Assert.Equal(G(2), Code(locator, 0.25, 0.25));
        Assert.Equal(G(1), Code(locator, 0.25, 0.2500000001));
        Assert.Equal(G(2), Code(locator, 0.2500000001, 0.25));
    }

    [Fact]
    public void A_point_in_a_hole_is_not_in_the_grid_unless_an_island_fills_it()
    {
        var ring = Grid(1, "POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))");
        var withHole = GridLocator.Build([ring]);
        var withIsland = GridLocator.Build([ring, Grid(2, Box(1, 1, 1, 1))]);

        Assert.Null(withHole.Locate(1.5, 1.5));
        Assert.Equal(G(1), Code(withHole, 0.5, 1.5));
        Assert.Equal(G(1), Code(withHole, 2, 1.5)); // the hole's east edge: the ring grid lies east of it
        Assert.Null(withHole.Locate(1, 1.5)); // the hole's west edge: the hole lies east of it
        Assert.Equal(G(2), Code(withIsland, 1.5, 1.5));
        Assert.Equal(G(2), Code(withIsland, 1, 1.5));
        Assert.Equal(G(1), Code(withIsland, 2, 1.5));
    }

    [Fact]
    public void Every_part_of_a_multipolygon_belongs_to_its_grid()
    {
        var locator = GridLocator.Build([Grid(1, "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))"), Grid(2, Box(1, 0, 1, 1))]);

        Assert.Equal(G(1), Code(locator, 0.5, 0.5));
        Assert.Equal(G(1), Code(locator, 5.5, 5.5));
        Assert.Null(locator.Locate(3, 3));
        Assert.Equal(G(2), Code(locator, 1.5, 0.5));
    }

    [Fact]
    public void Where_grids_overlap_the_lowest_code_wins()
    {
        var locator = GridLocator.Build([Grid(9, Box(0, 0, 2, 2)), Grid(4, Box(1, 1, 2, 2))]);

        Assert.Equal(G(4), Code(locator, 1.5, 1.5));
        Assert.Equal(G(9), Code(locator, 0.5, 0.5));
        Assert.Equal(G(4), Code(locator, 2.5, 2.5));
    }

    [Fact]
    public void An_empty_locator_finds_nothing()
    {
        var locator = GridLocator.Build([]);

        Assert.Equal(0, locator.Count);
        Assert.Null(locator.Locate(120, 30));
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridLocator.Build([Grid(1, Box(0, 0, 1, 1)), Grid(1, Box(1, 0, 1, 1))]));

        Assert.Equal(GridErrorCodes.GeometryDuplicateCode, error.Code);
        Assert.Equal("grids[1]", error.Field);
    }

    [Fact]
    public void Positions_outside_wgs84_ranges_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridLocator.Build([Grid(1, Box(179.5, 0, 1, 1))]));

        Assert.Equal(GridErrorCodes.GeometryCoordinateOutOfRange, error.Code);
        Assert.Equal("grids[0]", error.Field);
    }

    [Fact]
    public void Lookups_from_many_threads_agree()
    {
        var grids = Fengqiao.Grids.Geodesy.SyntheticTilings.Irregular(20, 20);
        var locator = GridLocator.Build(grids);
        var random = new Random(7);
        var points = Enumerable.Range(0, 20_000).Select(_ => (120 + (random.NextDouble() * 0.1), 29.5 + (random.NextDouble() * 0.1))).ToArray();
        var expected = points.Select(p => locator.Locate(p.Item1, p.Item2)).ToArray();

        var actual = new JurisdictionCode?[points.Length];
        Parallel.For(0, points.Length, i => actual[i] = locator.Locate(points[i].Item1, points[i].Item2));

        Assert.Equal(expected, actual);
        Assert.Contains(expected, c => c is null);
        Assert.True(expected.Distinct().Count() > 390);
    }
}
