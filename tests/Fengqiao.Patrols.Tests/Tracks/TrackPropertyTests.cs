using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Tests.Support;
using Fengqiao.Patrols.Tracks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestData = Fengqiao.Patrols.Tests.Support.TestData;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Tracks;

public class TrackPropertyTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 1, 2, 0);

    // Noisy device tracks: steps of -30 to +120 s, small moves, now and then a wild fix or a repeat.
    private static Arbitrary<TrackPoint[]> NoisyTracks()
    {
        var step =
            from seconds in Gen.Choose(-30, 120)
            from dx in Gen.Choose(-400, 400)
            from dy in Gen.Choose(-400, 400)
            from wild in Gen.Choose(0, 20)
            select (seconds, dx, dy, wild);
        return Gen.ListOf(step).Select(steps =>
        {
            var points = new List<TrackPoint>();
            var t = T0;
            double lon = 91.1, lat = 29.6;
            foreach (var (seconds, dx, dy, wild) in steps)
            {
                t += Duration.FromSeconds(seconds);
                lon += dx / 1e6;
                lat += dy / 1e6;
                points.Add(wild switch
                {
                    0 => TrackPoint.Of(t, lon, 95),
                    1 => TrackPoint.Of(t, lon + 1, lat),
                    2 when points.Count > 0 => points[^1],
                    _ => TrackPoint.Of(t, lon, lat),
                });
            }

            return points.ToArray();
        }).ToArbitrary();
    }

    [Property]
    public Property Cleaning_is_idempotent() =>
        Prop.ForAll(NoisyTracks(), points =>
        {
            var once = TrackCleaner.Clean(points, PatrolKind.Foot);
            var twice = TrackCleaner.Clean(once.Kept, PatrolKind.Foot);
            return twice.IsClean && twice.Kept.SequenceEqual(once.Kept) && once.Kept.Count + once.Dropped.Count == points.Length;
        });

    [Property]
    public Property Distance_is_never_negative_and_is_symmetric() =>
        Prop.ForAll(
            (from x1 in Gen.Choose(-179_000, 179_000)
             from y1 in Gen.Choose(-89_000, 89_000)
             from x2 in Gen.Choose(-179_000, 179_000)
             from y2 in Gen.Choose(-89_000, 89_000)
             select (x1, y1, x2, y2)).ToArbitrary(),
            t =>
            {
                var a = new GeoPosition(t.x1 / 1000.0, t.y1 / 1000.0);
                var b = new GeoPosition(t.x2 / 1000.0, t.y2 / 1000.0);
                var d = a.DistanceTo(b);
                return d >= 0 && Math.Abs(d - b.DistanceTo(a)) < 1e-6 && a.DistanceTo(a) == 0;
            });

    [Property]
    public Property Distance_adds_up_over_legs() =>
        Prop.ForAll(NoisyTracks(), Gen.Choose(1, 50).ToArbitrary(), (points, cut) =>
        {
            var clean = TrackCleaner.Clean(points, PatrolKind.Vehicle).Kept;
            if (clean.Count < 3)
            {
                return true;
            }

            var clock = TestData.NewClock();
            var whole = Start(clean[0], clock);
            whole.RecordTrack(clean.Skip(1));
            var split = Start(clean[0], clock);
            var at = 1 + (cut % (clean.Count - 2));
            split.RecordTrack(clean.Skip(1).Take(at - 1));
            split.ChangeLeg(clean[at], objective: PatrolObjective.KeyPlaces);
            split.RecordTrack(clean.Skip(at + 1));

            var measures = split.Measure();
            return Math.Abs(measures.Metres - whole.Measure().Metres) < 1e-6
                && Math.Abs(measures.LegMetres.Sum() - measures.Metres) < 1e-9
                && measures.LegMetres.All(m => m >= 0);
        });

    [Property]
    public Property Short_steps_agree_with_Vincenty_to_a_millimetre_per_kilometre() =>
        Prop.ForAll(
            (from lat in Gen.Choose(-80_000, 80_000)
             from dx in Gen.Choose(-49_000, 49_000)
             from dy in Gen.Choose(-49_000, 49_000)
             select (lat, dx, dy)).ToArbitrary(),
            t =>
            {
                double lon = 91.1, lat = t.lat / 1000.0, lon2 = lon + (t.dx / 1e6), lat2 = lat + (t.dy / 1e6);
                var fast = GeodesicDistance.Metres(lon, lat, lon2, lat2);
                var exact = GeodesicDistance.Vincenty(lon, lat, lon2, lat2);
                return Math.Abs(fast - exact) <= 1e-6 * Math.Max(exact, 1);
            });

    [Fact]
    public void Geodesic_distance_matches_a_known_line()
    {
        // One degree of longitude on the equator is 111,319.49 m on WGS-84.
        Assert.Equal(111_319.49, new GeoPosition(0, 0).DistanceTo(new GeoPosition(1, 0)), 0.01);
        // One degree of latitude from the equator is 110,574.39 m.
        Assert.Equal(110_574.39, new GeoPosition(0, 0).DistanceTo(new GeoPosition(0, 1)), 0.05);
    }

    private static Patrol Start(TrackPoint first, IClock clock) =>
        Patrol.Start(PatrolId.New(clock), TestData.Village, PatrolKind.Vehicle, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], first, TestData.Shanghai, TestData.Stamp(clock));
}
