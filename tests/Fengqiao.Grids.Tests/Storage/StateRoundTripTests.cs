using System.Text.Json;
using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Storage;

public class StateRoundTripTests
{
    [Fact]
    public void A_division_with_history_and_lineage_round_trips()
    {
        var village = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp, "Jia Village");
        village.Rename(D(2022, 1, 1), "甲社区", Stamp, kind: DivisionKind.Community);
        JurisdictionRestructuring.Split(
            village,
            D(2024, 1, 1),
            [new JurisdictionPart(JurisdictionCode.Parse("540127200203"), "丙村", DivisionKind.Village), new JurisdictionPart(JurisdictionCode.Parse("540127200204"), "丁村", DivisionKind.Village)],
            Stamp);

        AssertRoundTrips(village.ToState(), s => Jurisdiction.FromState(s, 7).ToState());
        Assert.Equal(7, Jurisdiction.FromState(village.ToState(), 7).Version);
        Assert.Empty(Jurisdiction.FromState(village.ToState(), 7).PendingEvents);
    }

    [Fact]
    public void A_grid_with_boundary_history_round_trips()
    {
        var grid = Grid.Register(GridA1, Start, new GridAttributes("第一网格", Rect(91.6, 29.8, 91.61, 29.81), "A-01", "第一网格党小组", 86), Stamp);
        grid.ChangeBoundary(D(2023, 1, 1), Factory.CreateMultiPolygon([Rect(91.6, 29.8, 91.605, 29.81), Rect(91.606, 29.8, 91.61, 29.81)]), Stamp);

        AssertRoundTrips(grid.ToState(), s => Grid.FromState(s, 2).ToState());
        var rebuilt = Grid.FromState(GridStateSerializer.Deserialize<GridState>(GridStateSerializer.Serialize(grid.ToState())), 2);
        Assert.True(rebuilt.Periods[0].Attributes.Boundary.EqualsExact(grid.Periods[0].Attributes.Boundary));
        Assert.Equal(4326, rebuilt.Current.Attributes.Boundary.SRID);
    }

    [Fact]
    public void A_beat_a_member_and_a_training_session_round_trip()
    {
        var officer = StaffMember.Register(StaffMemberId.New(Clock()), "民警", Township, Stamp, MobileNumber.Parse("13900000000"));
        officer.Assign(StaffRole.CommunityOfficer, VillageA, new ValidityPeriod(Start, D(2023, 1, 1)), Stamp);
        officer.Assign(StaffRole.Volunteer, Township, Start, Stamp, "老兵警长义务服务队");
        var beat = PoliceBeat.Establish(PoliceBeatId.New(Clock()), "JG-01", "一号警格", Township, Start, Stamp);
        beat.AssignOfficer(officer.Id, Start, Stamp);
        beat.Cover(VillageA, Start, Stamp);
        beat.Cover(GridB1, D(2022, 1, 1), Stamp);
        var training = TrainingSession.Record(TrainingSessionId.New(Clock()), Township, D(2023, 3, 1), "培训", Stamp, 2);
        training.RecordAttendance([officer.Id], Stamp);
        training.RecordUnregisteredTrainees(30, Stamp);

        AssertRoundTrips(officer.ToState(), s => StaffMember.FromState(s, 1).ToState());
        Assert.Contains("\"phone\":\"13900000000\"", GridStateSerializer.Serialize(officer.ToState()), StringComparison.Ordinal);
        AssertRoundTrips(beat.ToState(), s => PoliceBeat.FromState(s, 1).ToState());
        AssertRoundTrips(training.ToState(), s => TrainingSession.FromState(s, 1).ToState());
    }

    [Fact]
    public void The_json_form_is_stable()
    {
        var grid = Grid.Register(GridA1, Start, new GridAttributes("第一网格", Rect(91.6, 29.8, 91.61, 29.81), "A-01"), Stamp);

        var json = GridStateSerializer.Serialize(grid.ToState());

        Assert.Equal(
            """{"schemaVersion":1,"code":"540127200201001","periods":[{"validity":{"validFrom":"2020-01-01","validTo":null},"attributes":{"name":"第一网格","boundary":{"type":"Polygon","coordinates":[[[91.6,29.8],[91.61,29.8],[91.61,29.81],[91.6,29.81],[91.6,29.8]]]},"sign":"A-01","partyGroup":null,"expectedHouseholds":null},"recorded":{"at":"2024-01-01T00:00:00Z","by":"tester"}}],"predecessors":[],"successors":[]}""",
            json);
    }

    [Fact]
    public void A_newer_schema_or_an_inconsistent_state_is_refused()
    {
        var state = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp).ToState();

        Assert.Equal(GridErrorCodes.StateSchemaUnsupported, Assert.Throws<ValidationException>(() => Jurisdiction.FromState(state with { SchemaVersion = 2 }, 1)).Code);
        Assert.Equal(GridErrorCodes.StateInvalid, Assert.Throws<ValidationException>(() => Jurisdiction.FromState(state with { Periods = [] }, 1)).Code);
        var gap = state.Periods[0] with { Validity = new ValidityPeriod(Start, D(2021, 1, 1)) };
        var later = state.Periods[0] with { Validity = ValidityPeriod.StartingOn(D(2022, 1, 1)) };
        Assert.Equal(GridErrorCodes.StateInvalid, Assert.Throws<ValidationException>(() => Jurisdiction.FromState(state with { Periods = [gap, later] }, 1)).Code);
        Assert.Throws<JsonException>(() => GridStateSerializer.Deserialize<GridState>("""{"code":"12"}"""));
        var member = StaffMember.Register(StaffMemberId.New(Clock()), "网格员", VillageA, Stamp).ToState();
        var misplaced = new StaffAssignment(StaffRole.GridAdviser, VillageA, ValidityPeriod.StartingOn(Start), null, Stamp);
        Assert.Equal(GridErrorCodes.StateInvalid, Assert.Throws<ValidationException>(() => StaffMember.FromState(member with { Assignments = [misplaced] }, 1)).Code);
    }

    private static void AssertRoundTrips<TState>(TState state, Func<TState, TState> rebuild)
        where TState : class
    {
        var json = GridStateSerializer.Serialize(state);
        var back = GridStateSerializer.Deserialize<TState>(json);
        Assert.Equal(json, GridStateSerializer.Serialize(rebuild(back)));
        Assert.Equal(json, GridStateSerializer.Serialize(rebuild(state)));
    }
}
