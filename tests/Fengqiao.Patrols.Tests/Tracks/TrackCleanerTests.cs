using Fengqiao.Errors;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Tracks;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Tracks;

public class TrackCleanerTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 1, 2, 0);

    private static TrackPoint P(int seconds, double lon, double lat) => TrackPoint.Of(T0 + Duration.FromSeconds(seconds), lon, lat);

    [Fact]
    public void Every_bad_point_is_dropped_with_its_reason_and_index()
    {
        TrackPoint[] points =
        [
            P(0, 91.1, 29.6),
            P(60, 91.1005, 29.6),       // 48 m in a minute: fine on foot
            P(60, 91.1005, 29.6),       // duplicate
            P(30, 91.1006, 29.6),       // time went backwards
            P(90, 191.0, 29.6),         // longitude out of range
            P(100, double.NaN, 29.6),   // not a number
            P(120, 91.2, 29.6),         // ~9.7 km in a minute: no walker does that
            P(180, 91.101, 29.6),       // back on the walker's path
        ];

        var report = TrackCleaner.Clean(points, PatrolKind.Foot);

        Assert.Equal([points[0], points[1], points[7]], report.Kept);
        Assert.Equal(
            [(2, TrackDropReason.Duplicate), (3, TrackDropReason.TimeWentBackwards), (4, TrackDropReason.OutOfRange), (5, TrackDropReason.OutOfRange), (6, TrackDropReason.TooFast)],
            report.Dropped.Select(d => (d.Index, d.Reason)));
        Assert.Equal(2, report.CountOf(TrackDropReason.OutOfRange));
        Assert.False(report.IsClean);
    }

    [Fact]
    public void A_jump_too_fast_on_foot_is_fine_for_a_vehicle()
    {
        TrackPoint[] points = [P(0, 91.1, 29.6), P(60, 91.115, 29.6)]; // ~1.45 km a minute = 87 km/h

        Assert.Single(TrackCleaner.Clean(points, PatrolKind.Foot).Dropped);
        Assert.True(TrackCleaner.Clean(points, PatrolKind.Vehicle).IsClean);
    }

    [Fact]
    public void A_point_equal_in_time_but_elsewhere_is_time_not_moving_forward()
    {
        var report = TrackCleaner.Clean([P(0, 91.1, 29.6), P(0, 91.1001, 29.6)], PatrolKind.Foot);

        Assert.Equal(TrackDropReason.TimeWentBackwards, Assert.Single(report.Dropped).Reason);
    }

    [Theory]
    [InlineData(91.1, 91.0, PatrolErrorCodes.PositionOutOfRange)]
    [InlineData(91.1, 29.6, PatrolErrorCodes.TrackDuplicatePoint)]
    [InlineData(95.0, 29.6, PatrolErrorCodes.TrackTooFast)]
    public void Refusing_names_the_first_bad_point(double lon, double lat, string code)
    {
        var error = Assert.Throws<ValidationException>(() => TrackCleaner.Require([P(0, 91.1, 29.6), TrackPoint.Of(T0 + Duration.FromSeconds(code == PatrolErrorCodes.TrackDuplicatePoint ? 0 : 60), lon, lat)], PatrolKind.Foot));

        Assert.Equal(code, error.Code);
        Assert.Equal("points[1]", error.Field);
    }

    [Fact]
    public void A_patrol_refusing_a_batch_keeps_nothing_of_it()
    {
        var clock = Support.TestData.NewClock();
        var patrol = Patrol.Start(PatrolId.New(clock), Support.TestData.Village, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], P(0, 91.1, 29.6), Support.TestData.Shanghai, Support.TestData.Stamp(clock));

        var error = Assert.Throws<ValidationException>(() => patrol.RecordTrack([P(60, 91.1005, 29.6), P(30, 91.1, 29.6)], TrackPolicy.Refuse));

        Assert.Equal(PatrolErrorCodes.TrackTimeBackwards, error.Code);
        Assert.Single(patrol.CurrentLeg.Track);
    }

    [Fact]
    public void Points_before_the_last_one_on_the_track_are_dropped_when_cleaning()
    {
        var clock = Support.TestData.NewClock();
        var patrol = Patrol.Start(PatrolId.New(clock), Support.TestData.Village, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], P(100, 91.1, 29.6), Support.TestData.Shanghai, Support.TestData.Stamp(clock));

        var report = patrol.RecordTrack([P(50, 91.1, 29.6001), P(160, 91.1003, 29.6)]);

        Assert.Equal(TrackDropReason.TimeWentBackwards, Assert.Single(report.Dropped).Reason);
        Assert.Equal(2, patrol.CurrentLeg.Track.Count);
    }
}
