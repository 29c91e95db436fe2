using Fengqiao.Access;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Referrals;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace Fengqiao.Disputes.Tests.Referrals;

public sealed class DisputeNeedReferralHandlerTests : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly InMemoryStorageProvider _provider;

    public DisputeNeedReferralHandlerTests()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .AddHouseholds()
            .AddDisputes()
            .UseWorkingCalendars()
            .UseClock(TestData.Clock)
            .UseAccessScope(AccessScope.Unrestricted("officer-1", permissions: [DisputePermissions.Manage])));
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        _provider = (InMemoryStorageProvider)_services.GetRequiredService<IStorageProvider>();
    }

    private VisitService Visits => _scope.ServiceProvider.GetRequiredService<VisitService>();

    private DisputeService Disputes => _scope.ServiceProvider.GetRequiredService<DisputeService>();

    [Fact]
    public async Task A_need_referred_as_a_dispute_opens_a_reported_dispute_from_a_visit_with_the_head_as_applicant()
    {
        var (household, head) = await RegisterHouseholdAsync();
        var visit = await Visits.RecordAsync(household, TestData.D(2025, 3, 3), VisitKind.HomeVisit, ["worker-1"]);
        var need = await Visits.RaiseNeedAsync(visit.Id, "boundary", "与邻居因宅基地界址争执");

        var referral = await Visits.ReferNeedAsync(visit.Id, need, "dispute");

        Assert.Equal("dispute", referral.Kind);
        var dispute = await Disputes.FindAsync(DisputeId.From(Guid.Parse(referral.Reference)));
        Assert.NotNull(dispute);
        Assert.Equal(DisputeStatus.Reported, dispute.Status);
        Assert.Equal(DisputeSource.Visit, dispute.Source);
        Assert.Equal(new DisputeLocation(TestData.ZhangcunGrid, "张村一组5号"), dispute.Location);
        Assert.Equal("boundary", dispute.Current.Category);
        Assert.Equal("与邻居因宅基地界址争执", dispute.Current.Description);
        Assert.Equal([new DisputeParty(1, PartyRole.Applicant, head)], dispute.Current.Parties);
        Assert.Equal(referral, (await Visits.GetAsync(visit.Id))!.Needs.Single().Referral);
    }

    [Fact]
    public async Task A_need_whose_category_is_not_a_dispute_category_becomes_an_other_dispute()
    {
        var (household, _) = await RegisterHouseholdAsync();
        var handler = Assert.Single(_scope.ServiceProvider.GetServices<INeedReferralHandler>(), h => h.Kind == "dispute");

        var id = await handler.ReferAsync(new NeedReferralRequest(VisitId.New(TestData.Clock), household, TestData.ZhangcunGrid, new VisitNeed(Guid.NewGuid(), "dispute", "邻里口角")));

        Assert.Equal(DisputeNeedReferralHandler.FallbackCategory, (await Disputes.FindAsync(DisputeId.From(Guid.Parse(id))))!.Current.Category);
    }

    [Fact]
    public async Task A_need_from_a_township_rather_than_a_grid_is_refused_and_nothing_is_written()
    {
        var (household, _) = await RegisterHouseholdAsync();
        var handler = Assert.Single(_scope.ServiceProvider.GetServices<INeedReferralHandler>(), h => h.Kind == "dispute");
        var township = TestData.ZhangcunGrid.AncestorAt(JurisdictionLevel.Township);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            handler.ReferAsync(new NeedReferralRequest(VisitId.New(TestData.Clock), household, township, new VisitNeed(Guid.NewGuid(), "neighbour", "邻里口角"))));

        Assert.Equal(DisputeErrorCodes.AreaInvalid, error.Code);
        Assert.Equal(0, await CountDisputesAsync());
    }

    [Fact]
    public async Task A_need_of_an_unknown_household_is_not_found_and_nothing_is_written()
    {
        var handler = Assert.Single(_scope.ServiceProvider.GetServices<INeedReferralHandler>(), h => h.Kind == "dispute");

        await Assert.ThrowsAsync<NotFoundException>(() =>
            handler.ReferAsync(new NeedReferralRequest(VisitId.New(TestData.Clock), HouseholdId.New(TestData.Clock), TestData.ZhangcunGrid, new VisitNeed(Guid.NewGuid(), "neighbour", "邻里口角"))));

        Assert.Equal(0, await CountDisputesAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }

    private async Task<(HouseholdId Household, ResidentId Head)> RegisterHouseholdAsync()
    {
        var head = ResidentId.New(TestData.Clock);
        var household = Household.Register(HouseholdId.New(TestData.Clock), head, TestData.ZhangcunGrid, "张村一组5号", TestData.D(2020, 1, 1), TestData.Stamp());
        var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("officer-1"));
        await using (session)
        {
            await session.GetStore<IHouseholdStore>().SaveAsync(household);
            await session.CommitAsync();
        }

        return (household.Id, head);
    }

    private async Task<int> CountDisputesAsync()
    {
        var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("officer-1"));
        await using (session)
        {
            var count = 0;
            await foreach (var unused in session.GetStore<IDisputeStore>().QueryAsync(new DisputeQuery()))
            {
                count++;
            }

            return count;
        }
    }
}
