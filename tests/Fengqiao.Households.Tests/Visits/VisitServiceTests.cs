using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Households.Visits;
using Fengqiao.Time;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Visits;

public sealed class VisitServiceTests
{
    [Fact]
    public async Task Follow_ups_are_due_in_working_days_by_the_official_calendar_and_close()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA1, 10);
        await registry.RegisterHouseholdAsync(entry);
        var service = new VisitService(provider, new FixedAccessContext(Admin), Clock(), WorkingCalendarSet.Embedded, []);

        // 30 September 2025: 1–8 October are the National Day holiday, Saturday 11 October is worked.
        var visit = await service.RecordAsync(entry.Household.Id, D(2025, 9, 30), VisitKind.HomeVisit, ["officer-7"], "老人独居，行动不便");
        var need = await service.RaiseNeedAsync(visit.Id, "service", "身份证到期，需上门办证");
        var followUp = await service.PlanFollowUpAsync(visit.Id, "联系户籍窗口上门办证", 3, "officer-7", need);
        var planned = await service.GetAsync(visit.Id);
        await service.CloseFollowUpAsync(visit.Id, followUp, D(2025, 10, 10), "已上门受理");
        var closed = await service.GetAsync(visit.Id);

        Assert.Equal(D(2025, 10, 11), planned!.FollowUps.Single().DueOn);
        Assert.True(planned.FollowUps.Single().IsOverdueOn(D(2025, 10, 13)));
        Assert.False(closed!.FollowUps.Single().IsOverdueOn(D(2025, 10, 13)));
        Assert.Equal("已上门受理", closed.FollowUps.Single().Outcome);
        await Assert.ThrowsAsync<ValidationException>(() => service.CloseFollowUpAsync(visit.Id, followUp, D(2025, 10, 12), "again"));
    }

    [Fact]
    public async Task A_need_is_referred_through_the_handler_registered_for_its_kind()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA1, 20);
        await registry.RegisterHouseholdAsync(entry);
        var handler = new RecordingHandler();
        var service = new VisitService(provider, new FixedAccessContext(Admin), Clock(), WorkingCalendarSet.Embedded, [handler]);
        var visit = await service.RecordAsync(entry.Household.Id, D(2025, 5, 6), VisitKind.Visit, ["worker-1"]);
        var need = await service.RaiseNeedAsync(visit.Id, "dispute", "与邻居因宅基地边界争执");

        var unknown = await Assert.ThrowsAsync<ValidationException>(() => service.ReferNeedAsync(visit.Id, need, "service-request"));
        var referral = await service.ReferNeedAsync(visit.Id, need, "dispute");

        Assert.Equal(HouseholdErrorCodes.ReferralUnavailable, unknown.Code);
        Assert.Equal("D-1", referral.Reference);
        Assert.Equal(GridA1, handler.Seen!.Grid);
        Assert.Equal("D-1", (await service.GetAsync(visit.Id))!.Needs.Single().Referral!.Reference);
    }

    [Fact]
    public async Task A_household_outside_the_scope_cannot_be_visited()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA2, 30);
        await registry.RegisterHouseholdAsync(entry);
        var service = new VisitService(provider, new FixedAccessContext(WorkerOf(GridA1)), Clock(), WorkingCalendarSet.Embedded, []);

        await Assert.ThrowsAsync<NotFoundException>(() => service.RecordAsync(entry.Household.Id, D(2025, 5, 6), VisitKind.Visit, ["worker"]));
    }

    private sealed class RecordingHandler : INeedReferralHandler
    {
        public NeedReferralRequest? Seen { get; private set; }

        public string Kind => "dispute";

        public Task<string> ReferAsync(NeedReferralRequest request, CancellationToken cancellationToken = default)
        {
            Seen = request;
            return Task.FromResult("D-1");
        }
    }
}
