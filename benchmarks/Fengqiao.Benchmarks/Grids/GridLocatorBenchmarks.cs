using BenchmarkDotNet.Attributes;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Fengqiao.Benchmarks.Grids;

/// <summary>
/// Locating 1,000,000 random points among a county's 10,000 grids: <see cref="GridLocator"/>
/// against the usual NetTopologySuite recipe, an STR-tree of prepared geometries queried with the
/// point's envelope and answered by <c>Covers</c>. Tilings: 100 × 100 squares, and 100 × 100
/// irregular 20-vertex cells. Points fall in a box 2% larger than the tiling, so a few miss. Figures are per point.
/// </summary>
[MemoryDiagnoser]
public class GridLocatorBenchmarks
{
    private const int Points = 1_000_000;

    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);
    private GridLocator _locator = null!;
    private STRtree<(JurisdictionCode Code, IPreparedGeometry Shape)> _tree = null!;
    private double[] _longitudes = null!;
    private double[] _latitudes = null!;

    /// <summary>Gets or sets the tiling: <c>regular</c> squares or <c>irregular</c> 20-vertex cells.</summary>
    [Params("regular", "irregular")]
    public string Tiling { get; set; } = "regular";

    [GlobalSetup]
    public void Setup()
    {
        var grids = Tiling == "regular" ? SyntheticTilings.Regular(100, 100) : SyntheticTilings.Irregular(100, 100);
        _locator = GridLocator.Build(grids);
        _tree = BuildTree(grids);

        var extent = new Envelope();
        grids.ForEach(g => extent.ExpandToInclude(g.Boundary.EnvelopeInternal));
        extent.ExpandBy(extent.Width * 0.01, extent.Height * 0.01);
        var random = new Random(20240917);
        _longitudes = new double[Points];
        _latitudes = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            _longitudes[i] = extent.MinX + (random.NextDouble() * extent.Width);
            _latitudes[i] = extent.MinY + (random.NextDouble() * extent.Height);
        }

        // Both must give the same answers, or the comparison means nothing.
        for (var i = 0; i < 20_000; i++)
        {
            if (_locator.Locate(_longitudes[i], _latitudes[i]) != TreeLocate(_longitudes[i], _latitudes[i]))
            {
                throw new InvalidOperationException($"The locator and the STR-tree disagree on point {i}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points)]
    public int NtsStrTreePreparedCovers()
    {
        var found = 0;
        for (var i = 0; i < Points; i++)
        {
            if (TreeLocate(_longitudes[i], _latitudes[i]) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public int GridLocator_Locate()
    {
        var found = 0;
        for (var i = 0; i < Points; i++)
        {
            if (_locator.TryLocate(_longitudes[i], _latitudes[i], out _))
            {
                found++;
            }
        }

        return found;
    }

    internal static STRtree<(JurisdictionCode Code, IPreparedGeometry Shape)> BuildTree(List<GridFeature> grids)
    {
        var tree = new STRtree<(JurisdictionCode, IPreparedGeometry)>();
        foreach (var grid in grids)
        {
            tree.Insert(grid.Boundary.EnvelopeInternal, (grid.Code, PreparedGeometryFactory.Prepare(grid.Boundary)));
        }

        tree.Build();
        return tree;
    }

    // The baseline's answer for a point on a shared edge is whichever grid the tree lists first, so
    // the agreement check above relies on random points never landing exactly on an edge.
    private JurisdictionCode? TreeLocate(double longitude, double latitude)
    {
        var point = _factory.CreatePoint(new Coordinate(longitude, latitude));
        foreach (var (code, shape) in _tree.Query(new Envelope(longitude, longitude, latitude, latitude)))
        {
            if (shape.Covers(point))
            {
                return code;
            }
        }

        return null;
    }
}
