using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Training;

public class TrainingTests
{
    [Fact]
    public async Task Four_rounds_add_up_to_their_trainee_times()
    {
        var provider = await SeededAsync();
        var access = new FixedAccessContext(Admin);
        var staffing = new StaffingService(provider, access, Clock());
        var training = new TrainingService(provider, access, Clock());
        var a = await staffing.RegisterAsync("网格员一", VillageA);
        var b = await staffing.RegisterAsync("网格员二", VillageB);
        await training.RecordAsync(Township, D(2023, 2, 10), "第一期", [a.Id, b.Id], 78, 1);
        await training.RecordAsync(Township, D(2023, 4, 10), "第二期", [a.Id], 80, 2);
        await training.RecordAsync(VillageA, D(2023, 6, 10), "第三期", [a.Id, b.Id], 79, 3);
        await training.RecordAsync(Township, D(2023, 9, 10), "第四期", [b.Id], 81, 4);
        await training.RecordAsync(Township, D(2024, 1, 10), "次年", [a.Id], 10, 1);

        var summary = await training.SummarizeAsync(Township, D(2023, 1, 1), D(2024, 1, 1));

        Assert.Equal(4, summary.Sessions);
        Assert.Equal(324, summary.TraineeTimes);
        Assert.Equal(2, summary.DistinctRegisteredTrainees);
    }

    [Fact]
    public void Repeated_attendees_count_once_and_counts_cannot_be_negative()
    {
        var member = StaffMemberId.New(Clock());
        var session = TrainingSession.Record(TrainingSessionId.New(Clock()), Township, D(2023, 1, 1), "培训", Stamp);
        session.RecordAttendance([member, member], Stamp);
        session.RecordUnregisteredTrainees(5, Stamp);

        Assert.Equal(6, session.TraineeTimes);
        Assert.True(session.Attended(member));
        Assert.Equal(GridErrorCodes.CountNegative, Assert.Throws<ValidationException>(() => session.RecordUnregisteredTrainees(-1, Stamp)).Code);
    }
}
