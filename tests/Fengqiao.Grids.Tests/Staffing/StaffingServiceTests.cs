using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Staffing;

public class StaffingServiceTests
{
    [Fact]
    public async Task A_grid_has_one_adviser_at_a_time()
    {
        var provider = await SeededAsync();
        var staffing = new StaffingService(provider, new FixedAccessContext(Admin), Clock());
        var first = await staffing.RegisterAsync("指导员甲", Township);
        var second = await staffing.RegisterAsync("指导员乙", Township);
        await staffing.AssignAsync(first.Id, StaffRole.GridAdviser, GridA1, new ValidityPeriod(Start, D(2024, 1, 1)));

        var error = await Assert.ThrowsAsync<ValidationException>(() => staffing.AssignAsync(second.Id, StaffRole.GridAdviser, GridA1, ValidityPeriod.StartingOn(D(2023, 6, 1))));
        Assert.Equal(GridErrorCodes.GridAdviserTaken, error.Code);

        var paired = await staffing.AssignAsync(second.Id, StaffRole.GridAdviser, GridA1, ValidityPeriod.StartingOn(D(2024, 1, 1)));
        Assert.True(paired.Holds(StaffRole.GridAdviser, GridA1, D(2024, 1, 1)));
        Assert.Equal(2, paired.Version);
    }

    [Fact]
    public async Task The_register_lists_assignments_and_trainings()
    {
        var provider = await SeededAsync();
        var access = new FixedAccessContext(Admin);
        var staffing = new StaffingService(provider, access, Clock());
        var training = new TrainingService(provider, access, Clock());
        var worker = await staffing.RegisterAsync("网格员", VillageA);
        await staffing.AssignAsync(worker.Id, StaffRole.GridWorker, GridA1, ValidityPeriod.StartingOn(Start));
        await staffing.AssignAsync(worker.Id, StaffRole.Liaison, VillageA, ValidityPeriod.StartingOn(D(2022, 1, 1)));
        await staffing.EndAssignmentAsync(worker.Id, StaffRole.GridWorker, GridA1, D(2022, 1, 1));
        await training.RecordAsync(Township, D(2023, 3, 1), "矛盾纠纷调解培训", [worker.Id], round: 1);
        await training.RecordAsync(Township, D(2023, 5, 1), "政策宣传培训", [], 40, 2);

        var register = await staffing.GetRegisterAsync(worker.Id);

        Assert.Equal(2, register!.Assignments.Count);
        Assert.Equal(D(2022, 1, 1), register.Assignments[0].Validity.ValidTo);
        Assert.Equal("矛盾纠纷调解培训", Assert.Single(register.Trainings).Title);
        Assert.DoesNotContain("网格员", register.ToString(), StringComparison.Ordinal);
        Assert.Null(await staffing.GetRegisterAsync(StaffMemberId.New(Clock())));
    }

    [Fact]
    public async Task Changing_an_unknown_member_is_not_found()
    {
        var provider = await SeededAsync();
        var staffing = new StaffingService(provider, new FixedAccessContext(Admin), Clock());

        await Assert.ThrowsAsync<NotFoundException>(() => staffing.AssignAsync(StaffMemberId.New(Clock()), StaffRole.GridWorker, GridA1, ValidityPeriod.StartingOn(Start)));
    }
}
