using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.PatrolLogs;

public class PatrolTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private static readonly Instant T0 = TestData.Local(2025, 3, 1, 9, 0);

    private static TrackPoint At(int minutes, double lon, double lat) => TrackPoint.Of(T0 + Duration.FromMinutes(minutes), lon, lat);

    private Patrol Start(PatrolKind kind = PatrolKind.Foot, int headcount = 2) =>
        Patrol.Start(
            PatrolId.New(_clock),
            TestData.Village,
            kind,
            PatrolObjective.Routine,
            Enumerable.Range(0, headcount).Select(i => new PatrolMember(i == 0 ? PatrolRole.Officer : PatrolRole.Auxiliary, StaffMemberId.New(_clock))),
            At(0, 91.001, 29.601),
            TestData.Shanghai,
            TestData.Stamp(_clock));

    [Fact]
    public void Pause_and_resume_leave_the_paused_time_and_movement_out()
    {
        var patrol = Start();
        patrol.RecordTrack([At(10, 91.006, 29.601)]);                  // ~484 m
        patrol.Pause(At(12, 91.006, 29.601));
        Assert.Equal(PatrolStatus.Paused, patrol.Status);
        patrol.Resume(At(40, 91.016, 29.601));                         // taken ~970 m by car while paused
        patrol.RecordTrack([At(50, 91.021, 29.601)]);                 // ~484 m
        patrol.End(At(52, 91.021, 29.601), TestData.Stamp(_clock));

        var measures = patrol.Measure();
        var step = new GeoPosition(91.001, 29.601).DistanceTo(new GeoPosition(91.006, 29.601));
        Assert.Equal(2 * step, measures.Metres, 6);
        Assert.Equal(Duration.FromMinutes(52 - 28), measures.Duration);
        Assert.Equal(2 * 24 / 60.0, measures.PersonHours, 9);
        Assert.Equal(PatrolStatus.Ended, patrol.Status);
        Assert.Equal(new PatrolPause(At(12, 0, 0).At, At(40, 0, 0).At), Assert.Single(patrol.Pauses));
    }

    [Fact]
    public void Points_cannot_be_recorded_while_paused_nor_after_the_end()
    {
        var patrol = Start();
        patrol.Pause(At(5, 91.001, 29.601));

        Assert.Equal(PatrolErrorCodes.PatrolStateInvalid, Assert.Throws<ValidationException>(() => patrol.RecordTrack([At(6, 91.001, 29.6011)])).Code);
        Assert.Equal(PatrolErrorCodes.PatrolStateInvalid, Assert.Throws<ValidationException>(() => patrol.Pause(At(6, 91.001, 29.601))).Code);

        patrol.End(At(10, 91.002, 29.601), TestData.Stamp(_clock));
        Assert.Equal(PatrolErrorCodes.PatrolStateInvalid, Assert.Throws<ValidationException>(() => patrol.RecordTrack([At(11, 91.002, 29.6011)])).Code);
        Assert.Equal(PatrolErrorCodes.PatrolStateInvalid, Assert.Throws<ValidationException>(() => patrol.Resume(At(11, 91.002, 29.601))).Code);
    }

    [Fact]
    public void A_change_of_team_kind_or_objective_starts_a_new_leg_and_person_hours_follow_the_team()
    {
        var patrol = Start(headcount: 1);
        patrol.RecordTrack([At(30, 91.005, 29.601)]);

        Assert.False(patrol.ChangeLeg(At(31, 91.005, 29.601), objective: PatrolObjective.Routine));
        Assert.True(patrol.ChangeLeg(At(31, 91.005, 29.601), team: [new PatrolMember(PatrolRole.Officer), new PatrolMember(PatrolRole.Volunteer, null, "三老护院队"), new PatrolMember(PatrolRole.Volunteer, null, "三老护院队")]));
        patrol.RecordTrack([At(61, 91.01, 29.601)]);
        Assert.True(patrol.ChangeLeg(At(62, 91.01, 29.601), kind: PatrolKind.Vehicle));
        patrol.End(At(72, 91.03, 29.601), TestData.Stamp(_clock));

        Assert.Equal(3, patrol.Legs.Count);
        Assert.Equal([PatrolKind.Foot, PatrolKind.Foot, PatrolKind.Vehicle], patrol.Legs.Select(l => l.Kind));
        var measures = patrol.Measure();
        Assert.Equal(measures.Metres, measures.LegMetres.Sum(), 9);
        // 31 min × 1 + 31 min × 3 + 10 min × 3 person-minutes.
        Assert.Equal(((31 * 1) + (31 * 3) + (10 * 3)) / 60.0, measures.PersonHours, 9);
        Assert.Equal(Duration.FromMinutes(72), measures.Duration);
    }

    [Fact]
    public void A_team_cannot_be_empty()
    {
        var error = Assert.Throws<ValidationException>(() =>
            Patrol.Start(PatrolId.New(_clock), TestData.Village, PatrolKind.Foot, PatrolObjective.Routine, [], At(0, 91, 29.6), TestData.Shanghai, TestData.Stamp(_clock)));

        Assert.Equal(PatrolErrorCodes.TeamEmpty, error.Code);
    }

    [Fact]
    public void Only_drone_patrols_take_sorties()
    {
        var foot = Start();
        Assert.Equal(PatrolErrorCodes.NotADronePatrol, Assert.Throws<ValidationException>(() => foot.RecordSortie(new DroneSortie(DroneMission.Patrol, 1, 1, T0))).Code);

        var drone = Start(PatrolKind.Drone, 1);
        drone.RecordSortie(new DroneSortie(DroneMission.SearchAndRescue, 4.36, 12.5, T0));
        Assert.Equal(PatrolErrorCodes.ValueInvalid, Assert.Throws<ValidationException>(() => drone.RecordSortie(new DroneSortie(DroneMission.Patrol, -1, 1, T0))).Code);
        Assert.Single(drone.Sorties);
    }

    [Fact]
    public void Grids_passed_are_listed_in_the_order_entered_and_distance_is_credited_per_grid()
    {
        // Along the bottom row, west to east: grids 1, 2, 3 (0.01° cells).
        var patrol = Start(PatrolKind.Vehicle, 1);
        patrol.RecordTrack([At(5, 91.015, 29.605), At(10, 91.025, 29.605), At(15, 91.005, 29.605)]);
        patrol.End(At(16, 91.005, 29.6051), TestData.Stamp(_clock));

        Assert.Equal([TestData.Grid(1), TestData.Grid(2), TestData.Grid(3)], PatrolGeography.GridsPassed(patrol, TestData.Locator));
        var shares = PatrolGeography.ByGrid(patrol, TestData.Locator);
        Assert.Equal(patrol.Measure().Metres, shares.Values.Sum(s => s.Metres), 6);
        Assert.Equal(patrol.Measure().Duration.TotalSeconds, shares.Values.Sum(s => s.Seconds), 6);
        Assert.Equal(Duration.FromMinutes(5).TotalSeconds, shares[TestData.Grid(3)].Seconds);
    }

    [Fact]
    public void Area_covered_is_the_track_buffered_by_the_kind_s_watch_radius()
    {
        var patrol = Start(PatrolKind.Foot, 1);
        patrol.RecordTrack([At(20, 91.011, 29.601)]);
        var length = patrol.Measure().Metres;

        var area = PatrolGeography.AreaCoveredSquareMetres(patrol);

        // A 50 m buffer of a straight line: a 100 m wide strip plus two half discs.
        var expected = (length * 100) + (Math.PI * 50 * 50);
        Assert.InRange(area, expected * 0.98, expected * 1.005);
        Assert.True(PatrolGeography.AreaCoveredSquareMetres(Start(PatrolKind.Drone, 1)) > Math.PI * 290 * 290);
    }

    [Fact]
    public void Observations_keep_their_evidence_and_need_a_note()
    {
        var patrol = Start();
        patrol.Observe(new PatrolObservation(ObservationKind.SuspiciousSituation, T0, new GeoPosition(91.001, 29.601), "可疑车辆", [new EvidenceReference(EvidenceKind.BodyCameraClip, "BWC-2025-0301-7")]));

        Assert.Equal("BWC-2025-0301-7", Assert.Single(Assert.Single(patrol.Observations).Evidence).Reference);
        Assert.Equal(PatrolErrorCodes.TextRequired, Assert.Throws<ValidationException>(() => patrol.Observe(new PatrolObservation(ObservationKind.Hazard, T0, null, " ", []))).Code);
        Assert.Equal(PatrolErrorCodes.PositionOutOfRange, Assert.Throws<ValidationException>(() => patrol.Observe(new PatrolObservation(ObservationKind.Hazard, T0, new GeoPosition(200, 0), "x", []))).Code);
    }

    [Fact]
    public void The_state_round_trips_and_to_string_names_no_person()
    {
        var patrol = Start();
        patrol.RecordTrack([At(10, 91.006, 29.601)]);

        var copy = Patrol.FromState(patrol.ToState(), 3);

        Assert.Equal(patrol.Measure().Metres, copy.Measure().Metres);
        Assert.Equal(patrol.Measure().Duration, copy.Measure().Duration);
        Assert.Equal(3, copy.Version);
        Assert.Equal($"Patrol {patrol.Id} 2025-03-01 Active", patrol.ToString());
    }
}
