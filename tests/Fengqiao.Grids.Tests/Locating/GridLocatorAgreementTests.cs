using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.Locating;

/// <summary>The locator against NetTopologySuite's own predicates, on thousands of seeded random points.</summary>
public class GridLocatorAgreementTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static TheoryData<string> Tilings => ["regular", "irregular", "holes"];

    [Theory]
    [MemberData(nameof(Tilings))]
    public void Agrees_with_covers_and_contains_on_random_points(string tiling)
    {
        var grids = Tiling(tiling);
        var locator = GridLocator.Build(grids);
        var prepared = grids.Select(g => (g.Code, Shape: PreparedGeometryFactory.Prepare(g.Boundary))).ToList();
        var extent = new Envelope();
        grids.ForEach(g => extent.ExpandToInclude(g.Boundary.EnvelopeInternal));
        extent.ExpandBy(extent.Width * 0.05);
        var random = new Random(20240601);

        for (var i = 0; i < 5_000; i++)
        {
            var point = Factory.CreatePoint(new Coordinate(extent.MinX + (random.NextDouble() * extent.Width), extent.MinY + (random.NextDouble() * extent.Height)));
            var found = locator.Locate(point.X, point.Y);
            var covering = prepared.Where(g => g.Shape.Covers(point)).Select(g => g.Code).ToList();
            var containing = prepared.Where(g => g.Shape.Contains(point)).Select(g => g.Code).ToList();

            if (found is { } code)
            {
                Assert.Contains(code, covering);
            }
            else
            {
                Assert.Empty(covering);
            }

            // An interior point has exactly one answer, the grid that contains it.
            if (containing.Count == 1)
            {
                Assert.Equal(containing[0], found);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tilings))]
    public void Every_vertex_and_edge_point_inside_the_union_belongs_to_exactly_one_grid(string tiling)
    {
        var grids = Tiling(tiling);
        var alone = grids.Select(g => GridLocator.Build([g])).ToList();
        var union = NetTopologySuite.Coverage.CoverageUnion.Union(grids.Select(g => g.Boundary).ToArray());
        var preparedUnion = PreparedGeometryFactory.Prepare(union);
        var together = GridLocator.Build(grids);

        var tested = 0;
        foreach (var point in BoundaryPoints(grids))
        {
            var owners = alone.Count(l => l.Locate(point.X, point.Y) is not null);
            if (preparedUnion.Contains(Factory.CreatePoint(point)))
            {
                Assert.Equal(1, owners);
                Assert.NotNull(together.Locate(point.X, point.Y));
                tested++;
            }
            else
            {
                Assert.True(owners <= 1, $"{owners} owners of {point}");
            }
        }

        Assert.True(tested > 20, $"only {tested} points inside the union");
    }

    private static List<GridFeature> Tiling(string name) => name switch
    {
        "regular" => SyntheticTilings.Regular(12, 10),
        "irregular" => SyntheticTilings.Irregular(12, 10),
        _ => HolesAndIslands(),
    };

    /// <summary>Squares with holes filled by islands, and a two-part grid, tiling a 4 × 2 area.</summary>
    private static List<GridFeature> HolesAndIslands() =>
    [
        Grid(1, "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0), (0.5 0.5, 1.5 0.5, 1 1.5, 0.5 0.5))"),
        Grid(2, "POLYGON ((0.5 0.5, 1.5 0.5, 1 1.5, 0.5 0.5))"),
        Grid(3, "MULTIPOLYGON (((2 0, 3 0, 3 2, 2 2, 2 0), (2.25 0.25, 2.75 0.25, 2.75 0.75, 2.25 0.75, 2.25 0.25)), ((3.25 1.25, 3.75 1.25, 3.75 1.75, 3.25 1.75, 3.25 1.25)))"),
        Grid(4, "POLYGON ((3 0, 4 0, 4 2, 3 2, 3 0), (3.25 1.25, 3.25 1.75, 3.75 1.75, 3.75 1.25, 3.25 1.25))"),
        Grid(5, Box(2.25, 0.25, 0.5, 0.5)),
    ];

    /// <summary>Every vertex, every edge midpoint and a point a third of the way along every edge.</summary>
    private static IEnumerable<Coordinate> BoundaryPoints(List<GridFeature> grids)
    {
        foreach (var grid in grids)
        {
            var coordinates = grid.Boundary.Coordinates;
            for (var i = 0; i + 1 < coordinates.Length; i++)
            {
                var (a, b) = (coordinates[i], coordinates[i + 1]);
                yield return a;
                yield return new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
                yield return new Coordinate(a.X + ((b.X - a.X) / 3), a.Y + ((b.Y - a.Y) / 3));
            }
        }
    }
}
