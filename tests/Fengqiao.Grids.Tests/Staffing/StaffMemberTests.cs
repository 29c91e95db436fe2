using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Staffing.Events;
using Fengqiao.Identity;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Staffing;

public class StaffMemberTests
{
    [Fact]
    public void One_person_may_hold_several_roles()
    {
        var member = NewMember();
        member.Assign(StaffRole.GridLeader, VillageA, Start, Stamp);
        member.Assign(StaffRole.GridWorker, GridA1, Start, Stamp);
        member.Assign(StaffRole.Volunteer, Township, D(2022, 1, 1), Stamp, "老兵警长义务服务队");

        Assert.Equal(2, member.AssignmentsOn(D(2021, 1, 1)).Count());
        Assert.Equal(3, member.AssignmentsOn(D(2022, 1, 1)).Count());
        Assert.Equal("老兵警长义务服务队", member.Assignments[^1].Team);
        Assert.Equal(StaffDuties.Leadership | StaffDuties.GridService | StaffDuties.Volunteering, member.DutiesFor(GridA1, D(2022, 1, 1)));
        Assert.Equal(StaffDuties.Leadership | StaffDuties.Volunteering, member.DutiesFor(GridA2, D(2022, 1, 1)));
        Assert.IsType<StaffAssigned>(member.PendingEvents[^1]);
    }

    [Fact]
    public void A_liaison_is_police_liaison_grid_worker_and_mediator_in_one()
    {
        var liaison = NewMember();
        liaison.Assign(StaffRole.Liaison, VillageA, Start, Stamp);

        Assert.Equal(StaffDuties.PoliceLiaison | StaffDuties.GridService | StaffDuties.Mediation, liaison.DutiesFor(GridA1, Start));
        Assert.True(new StaffQuery(Duties: StaffDuties.Mediation, AsOf: Start).Matches(liaison));
        Assert.True(new StaffQuery(ResponsibleFor: GridA2, Duties: StaffDuties.GridService).Matches(liaison));
        Assert.False(new StaffQuery(Role: StaffRole.GridWorker).Matches(liaison));
    }

    [Fact]
    public void An_adviser_is_paired_with_one_grid_at_a_time()
    {
        var adviser = NewMember();
        adviser.Assign(StaffRole.GridAdviser, GridA1, new ValidityPeriod(Start, D(2023, 1, 1)), Stamp);

        var error = Assert.Throws<ValidationException>(() => adviser.Assign(StaffRole.GridAdviser, GridA2, D(2022, 1, 1), Stamp));
        Assert.Equal(GridErrorCodes.GridAdviserBusy, error.Code);

        adviser.Assign(StaffRole.GridAdviser, GridA2, D(2023, 1, 1), Stamp);
        Assert.Equal(2, adviser.Assignments.Count);
    }

    [Theory]
    [InlineData(StaffRole.GridAdviser, "540127200201")]
    [InlineData(StaffRole.GridChief, "540127200201001")]
    [InlineData(StaffRole.GridWorker, "540127200")]
    public void Roles_are_assigned_only_at_their_levels(StaffRole role, string area)
    {
        var error = Assert.Throws<ValidationException>(() => NewMember().Assign(role, Fengqiao.Jurisdictions.JurisdictionCode.Parse(area), Start, Stamp));
        Assert.Equal(GridErrorCodes.RoleLevelInvalid, error.Code);
    }

    [Fact]
    public void The_same_role_for_the_same_area_cannot_overlap_and_can_be_ended()
    {
        var member = NewMember();
        member.Assign(StaffRole.GridWorker, GridA1, Start, Stamp);

        Assert.Equal(GridErrorCodes.AssignmentOverlap, Assert.Throws<ValidationException>(() => member.Assign(StaffRole.GridWorker, GridA1, D(2022, 1, 1), Stamp)).Code);

        member.EndAssignment(StaffRole.GridWorker, GridA1, D(2022, 1, 1), Stamp);
        Assert.False(member.Holds(StaffRole.GridWorker, GridA1, D(2022, 1, 1)));
        Assert.True(member.Holds(StaffRole.GridWorker, GridA1, D(2021, 12, 31)));
        Assert.Equal(GridErrorCodes.AssignmentNotFound, Assert.Throws<ValidationException>(() => member.EndAssignment(StaffRole.GridWorker, GridA1, D(2023, 1, 1), Stamp)).Code);
        Assert.IsType<StaffAssignmentEnded>(member.PendingEvents[^1]);
    }

    [Fact]
    public void Names_and_phone_numbers_stay_out_of_descriptions()
    {
        var member = StaffMember.Register(StaffMemberId.New(Clock()), "次仁卓玛", VillageA, Stamp, MobileNumber.Parse("139 1234 5678"));

        foreach (var text in new[] { member.ToString(), member.ToState().ToString() })
        {
            Assert.DoesNotContain("次仁", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        }

        Assert.Equal("13912345678", member.Phone!.Value.RevealUnmasked());
        Assert.Null(StaffMember.Register(StaffMemberId.New(Clock()), "无电话", VillageA, Stamp, default(MobileNumber)).Phone);
    }

    private static StaffMember NewMember() => StaffMember.Register(StaffMemberId.New(Clock()), "示例人员", VillageA, Stamp);
}
