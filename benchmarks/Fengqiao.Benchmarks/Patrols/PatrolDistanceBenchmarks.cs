using BenchmarkDotNet.Attributes;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using NodaTime;

namespace Fengqiao.Benchmarks.Patrols;

/// <summary>
/// Distance of 10,000 patrol tracks of 500 points: <see cref="Patrol.Measure"/> (WGS-84 geodesic
/// distance, pauses and legs honoured, plus duration and person-hours) against a plain haversine
/// loop over the same points on a sphere.
/// </summary>
[MemoryDiagnoser]
public class PatrolDistanceBenchmarks
{
    private const int Tracks = 10_000;
    private const int Points = 500;
    private TrackPoint[][] _tracks = null!;
    private Patrol[] _patrols = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tracks = SyntheticTracks.Make(Tracks, Points, 91.0, 29.6, 0.1, 0.1);
        var clock = SystemClock.Instance;
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var stamp = new ChangeStamp(clock.GetCurrentInstant(), "bench");
        var village = JurisdictionCode.Parse("540127100001");
        _patrols = [.. _tracks.Select(track =>
        {
            var patrol = Patrol.Start(PatrolId.New(clock), village, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], track[0], zone, stamp);
            patrol.RecordTrack(track.Skip(1));
            return patrol;
        })];

        // Same points on both sides, or the comparison means nothing; the ellipsoid and the sphere differ by well under 1 %.
        var library = Library();
        var baseline = Haversine();
        if (Math.Abs(library - baseline) / baseline > 0.01)
        {
            throw new InvalidOperationException($"Geodesic {library} m and haversine {baseline} m disagree by more than 1 %.");
        }
    }

    [Benchmark(Baseline = true)]
    public double Haversine()
    {
        const double radius = 6371008.8;
        const double toRadians = Math.PI / 180;
        var total = 0.0;
        foreach (var track in _tracks)
        {
            for (var i = 1; i < track.Length; i++)
            {
                var a = track[i - 1].Position;
                var b = track[i].Position;
                var dPhi = (b.Latitude - a.Latitude) * toRadians;
                var dLambda = (b.Longitude - a.Longitude) * toRadians;
                var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(a.Latitude * toRadians) * Math.Cos(b.Latitude * toRadians) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
                total += 2 * radius * Math.Asin(Math.Sqrt(h));
            }
        }

        return total;
    }

    [Benchmark]
    public double Library()
    {
        var total = 0.0;
        foreach (var patrol in _patrols)
        {
            total += patrol.Measure().Metres;
        }

        return total;
    }

    [Benchmark]
    public double GeodesicLoop()
    {
        var total = 0.0;
        foreach (var track in _tracks)
        {
            for (var i = 1; i < track.Length; i++)
            {
                total += track[i - 1].Position.DistanceTo(track[i].Position);
            }
        }

        return total;
    }
}
