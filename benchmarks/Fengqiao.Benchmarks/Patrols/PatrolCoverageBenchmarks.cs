using BenchmarkDotNet.Attributes;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.PatrolLogs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NodaTime;

namespace Fengqiao.Benchmarks.Patrols;

/// <summary>
/// Area covered by patrol tracks of 500 points (a foot patrol's 50 m watch radius):
/// <see cref="PatrolGeography.AreaCoveredSquareMetres"/> (one buffer of the track in a local metric
/// plane) against the naive way, a disc per point unioned. Set <see cref="Tracks"/> to 10,000 for the full
/// run; the naive union is slow enough that a short run uses fewer.
/// </summary>
[MemoryDiagnoser]
public class PatrolCoverageBenchmarks
{
    private Patrol[] _patrols = null!;
    private readonly GeometryFactory _planar = new();

    /// <summary>Gets or sets the number of tracks.</summary>
    [Params(200)]
    public int Tracks { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        var tracks = SyntheticTracks.Make(Tracks, 500, 91.0, 29.6, 0.1, 0.1);
        var clock = SystemClock.Instance;
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var stamp = new ChangeStamp(clock.GetCurrentInstant(), "bench");
        var village = JurisdictionCode.Parse("540127100001");
        _patrols = [.. tracks.Select(track =>
        {
            var patrol = Patrol.Start(PatrolId.New(clock), village, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], track[0], zone, stamp);
            patrol.RecordTrack(track.Skip(1));
            return patrol;
        })];

        for (var i = 0; i < 5; i++)
        {
            var library = PatrolGeography.AreaCoveredSquareMetres(_patrols[i]);
            var naive = Discs(_patrols[i]);
            if (Math.Abs(library - naive) / library > 0.1)
            {
                throw new InvalidOperationException($"Track {i}: buffer {library} m² and discs {naive} m² differ by more than 10 %.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public double NaiveDiscUnion()
    {
        var total = 0.0;
        foreach (var patrol in _patrols)
        {
            total += Discs(patrol);
        }

        return total;
    }

    [Benchmark]
    public double Library()
    {
        var total = 0.0;
        foreach (var patrol in _patrols)
        {
            total += PatrolGeography.AreaCoveredSquareMetres(patrol);
        }

        return total;
    }

    // A 50 m disc at every fix, unioned: misses the corridor between fixes more than 100 m apart, which these tracks never have.
    private double Discs(Patrol patrol)
    {
        var origin = patrol.Legs[0].Track[0].Position;
        var discs = patrol.Legs.SelectMany(l => l.Track).Select(p => (Geometry)_planar.CreatePoint(PatrolGeography.Local(p.Position, origin)).Buffer(50, 4)).ToList();
        return CascadedPolygonUnion.Union(discs).Area;
    }
}
