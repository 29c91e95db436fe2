using BenchmarkDotNet.Attributes;
using Fengqiao.Grids;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Benchmarks.Patrols;

/// <summary>
/// Grids passed by 10,000 patrol tracks of 500 points over a township's 400 grids (20 × 20 cells of
/// 0.005°): <see cref="PatrolGeography.GridsPassed"/> through the grids module's locator against a
/// naive per-point polygon test (each point tried against every grid's envelope, then the polygon).
/// </summary>
[MemoryDiagnoser]
public class PatrolGridsPassedBenchmarks
{
    private const int Tracks = 10_000;
    private const int Points = 500;
    private List<GridFeature> _grids = null!;
    private GridLocator _locator = null!;
    private Patrol[] _patrols = null!;

    [GlobalSetup]
    public void Setup()
    {
        _grids = SyntheticTilings.Regular(20, 20, west: 120.0, south: 29.5, cellDegrees: 0.005);
        _locator = GridLocator.Build(_grids);
        var tracks = SyntheticTracks.Make(Tracks, Points, 120.0005, 29.5005, 0.099, 0.099);
        var clock = SystemClock.Instance;
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var stamp = new ChangeStamp(clock.GetCurrentInstant(), "bench");
        var township = JurisdictionCode.Parse(SyntheticTilings.Township);
        _patrols = [.. tracks.Select(track =>
        {
            var patrol = Patrol.Start(PatrolId.New(clock), township, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], track[0], zone, stamp);
            patrol.RecordTrack(track.Skip(1));
            return patrol;
        })];

        for (var i = 0; i < 50; i++)
        {
            if (!PatrolGeography.GridsPassed(_patrols[i], _locator).SequenceEqual(Naive(_patrols[i])))
            {
                throw new InvalidOperationException($"The locator and the naive test disagree on track {i}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int NaivePolygonTest()
    {
        var total = 0;
        foreach (var patrol in _patrols)
        {
            total += Naive(patrol).Count;
        }

        return total;
    }

    [Benchmark]
    public int Library()
    {
        var total = 0;
        foreach (var patrol in _patrols)
        {
            total += PatrolGeography.GridsPassed(patrol, _locator).Count;
        }

        return total;
    }

    private List<JurisdictionCode> Naive(Patrol patrol)
    {
        var seen = new HashSet<JurisdictionCode>();
        var order = new List<JurisdictionCode>();
        foreach (var leg in patrol.Legs)
        {
            foreach (var point in leg.Track)
            {
                var coordinate = new Coordinate(point.Position.Longitude, point.Position.Latitude);
                foreach (var grid in _grids)
                {
                    // Half-open cells as the locator has them: a point on a shared edge belongs to the grid east (or north) of it.
                    var envelope = grid.Boundary.EnvelopeInternal;
                    if (coordinate.X >= envelope.MinX && coordinate.X < envelope.MaxX && coordinate.Y >= envelope.MinY && coordinate.Y < envelope.MaxY
                        && grid.Boundary.Covers(grid.Boundary.Factory.CreatePoint(coordinate)))
                    {
                        if (seen.Add(grid.Code))
                        {
                            order.Add(grid.Code);
                        }

                        break;
                    }
                }
            }
        }

        return order;
    }
}
