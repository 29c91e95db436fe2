using BenchmarkDotNet.Attributes;
using Fengqiao.Grids.Coverage;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Fengqiao.Benchmarks.Grids;

/// <summary>
/// A coverage check of a township's 1,000 grids (40 × 25), clean or with faults: <see cref="GridCoverage.Check"/>
/// against the check written by hand — every pair of grids whose envelopes meet intersected,
/// the union by <c>UnaryUnionOp</c>, gaps as its holes. Both find the same overlaps and gaps.
/// </summary>
[MemoryDiagnoser]
public class GridCoverageBenchmarks
{
    private List<GridFeature> _grids = null!;

    /// <summary>Gets or sets the data: <c>clean</c> irregular cells, or <c>faulty</c> ones (10 missing, 10 shifted).</summary>
    [Params("clean", "faulty")]
    public string Data { get; set; } = "clean";

    [GlobalSetup]
    public void Setup()
    {
        _grids = SyntheticTilings.Irregular(40, 25);
        if (Data == "faulty")
        {
            // Twenty interior cells spread over the tiling: odd ones removed (gaps), even ones shifted east (overlaps and gaps).
            var faulty = Enumerable.Range(0, 20).Select(k => 41 + (k * 47)).ToList();
            var factory = _grids[0].Boundary.Factory;
            foreach (var i in faulty.Where((_, k) => k % 2 == 0))
            {
                var shifted = factory.CreatePolygon(_grids[i].Boundary.Coordinates.Select(c => new Coordinate(c.X + 0.0004, c.Y)).ToArray());
                _grids[i] = new GridFeature(_grids[i].Code, _grids[i].Name, shifted);
            }

            var removed = faulty.Where((_, k) => k % 2 == 1).Select(i => _grids[i].Code).ToHashSet();
            _grids.RemoveAll(g => removed.Contains(g.Code));
        }

        if (HandWrittenPairwise() != GridCoverage_Check())
        {
            throw new InvalidOperationException("The two checks disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenPairwise()
    {
        var overlaps = 0;
        for (var i = 0; i < _grids.Count; i++)
        {
            for (var j = i + 1; j < _grids.Count; j++)
            {
                var (a, b) = (_grids[i].Boundary, _grids[j].Boundary);
                if (a.EnvelopeInternal.Intersects(b.EnvelopeInternal) && a.Intersection(b).Area > 0)
                {
                    overlaps++;
                }
            }
        }

        var union = UnaryUnionOp.Union(_grids.Select(g => g.Boundary).ToList());
        var holes = 0;
        for (var p = 0; p < union.NumGeometries; p++)
        {
            // Floating-point overlay leaves the odd zero-area hole; a real gap has some area.
            holes += ((Polygon)union.GetGeometryN(p)).InteriorRings.Count(h => Area.OfRing(h.CoordinateSequence) > 1e-12);
        }

        return overlaps + holes;
    }

    [Benchmark]
    public int GridCoverage_Check()
    {
        var report = GridCoverage.Check(_grids);
        return report.Overlaps.Count + report.Gaps.Count + report.Slivers.Count;
    }
}
