using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.Referrals;
using Fengqiao.Services.Requests;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Services.Tests.Referrals;

public sealed class ServiceRequestNeedReferralHandlerTests : IAsyncDisposable
{
    /// <summary>张村第一网格, in Zhangcun town (the Shanxi station).</summary>
    private static readonly JurisdictionCode Grid = JurisdictionCode.Parse("140829100201001");

    private readonly FakeClock _clock = new(TestData.At(2025, 3, 4, 10));
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly InMemoryStorageProvider _provider;

    public ServiceRequestNeedReferralHandlerTests()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .AddHouseholds()
            .AddServices()
            .UseWorkingCalendars()
            .UseClock(_clock)
            .UseAccessScope(AccessScope.Unrestricted("clerk-01")));
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        _provider = (InMemoryStorageProvider)_services.GetRequiredService<IStorageProvider>();
    }

    private VisitService Visits => _scope.ServiceProvider.GetRequiredService<VisitService>();

    private INeedReferralHandler Handler => Assert.Single(_scope.ServiceProvider.GetServices<INeedReferralHandler>(), h => h.Kind == "service-request");

    [Fact]
    public async Task A_need_referred_as_a_service_request_submits_a_door_to_door_request_for_the_household_head()
    {
        var (household, head) = await SeedAsync();
        var visit = await Visits.RecordAsync(household, new LocalDate(2025, 3, 4), VisitKind.HomeVisit, ["worker-1"]);
        var need = await Visits.RaiseNeedAsync(visit.Id, "temporary-id-card", "老人身份证过期，需办临时身份证");

        var referral = await Visits.ReferNeedAsync(visit.Id, need, "service-request");

        Assert.Equal("service-request", referral.Kind);
        var request = await ReadAsync(s => s.GetStore<IServiceRequestStore>().FindAsync(ServiceRequestId.From(Guid.Parse(referral.Reference))));
        Assert.NotNull(request);
        Assert.Equal(ServiceRequestStatus.Submitted, request.Status);
        Assert.Equal("temporary-id-card", request.ServiceCode);
        Assert.Equal(TestData.ShanxiStation, request.Station);
        Assert.Equal(Grid, request.Area);
        Assert.Equal(head, request.Applicant.Resident);
        Assert.Equal(ServiceChannels.DoorToDoor, request.Channel);
        Assert.Equal("老人身份证过期，需办临时身份证", request.Description);
        Assert.Equal(referral, (await Visits.GetAsync(visit.Id))!.Needs.Single().Referral);
    }

    [Fact]
    public async Task A_need_without_a_catalog_service_code_is_refused_with_a_typed_error_and_nothing_is_written()
    {
        var (household, _) = await SeedAsync();
        var visit = await Visits.RecordAsync(household, new LocalDate(2025, 3, 4), VisitKind.HomeVisit, ["worker-1"]);
        var need = await Visits.RaiseNeedAsync(visit.Id, "service", "想办点事");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Visits.ReferNeedAsync(visit.Id, need, "service-request"));

        Assert.Equal(ServiceErrorCodes.ServiceUnknown, error.Code);
        Assert.Equal(0, await CountRequestsAsync());
        Assert.Null((await Visits.GetAsync(visit.Id))!.Needs.Single().Referral);
    }

    [Fact]
    public async Task A_need_from_a_village_rather_than_a_grid_is_refused_and_nothing_is_written()
    {
        var (household, _) = await SeedAsync();
        var village = Grid.AncestorAt(JurisdictionLevel.Village);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Handler.ReferAsync(new NeedReferralRequest(VisitId.New(_clock), household, village, new VisitNeed(Guid.NewGuid(), "temporary-id-card", "临时身份证"))));

        Assert.Equal(ServiceErrorCodes.LevelMismatch, error.Code);
        Assert.Equal(0, await CountRequestsAsync());
    }

    [Fact]
    public async Task A_service_whose_required_answers_a_need_cannot_give_is_refused_and_nothing_is_written()
    {
        var (household, _) = await SeedAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Handler.ReferAsync(new NeedReferralRequest(VisitId.New(_clock), household, Grid, new VisitNeed(Guid.NewGuid(), "id-card-reissue", "补领身份证"))));

        Assert.Equal(ServiceErrorCodes.AttributeInvalid, error.Code);
        Assert.Equal(0, await CountRequestsAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }

    private async Task<(HouseholdId Household, ResidentId Head)> SeedAsync()
    {
        var head = ResidentId.New(_clock);
        var household = Household.Register(HouseholdId.New(_clock), head, Grid, "张村一组5号", new LocalDate(2020, 1, 1), TestData.Stamp(_clock.GetCurrentInstant()));
        var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("clerk-01"));
        await using (session)
        {
            await session.GetStore<IHouseholdStore>().SaveAsync(household);
            foreach (var service in ServiceCatalogSeed.LoadEmbedded().Build(new ChangeStamp(Instant.FromUtc(2020, 12, 1, 0, 0), "seed")))
            {
                await session.GetStore<IServiceCatalogStore>().SaveAsync(service);
            }

            await session.CommitAsync();
        }

        return (household.Id, head);
    }

    private async Task<T?> ReadAsync<T>(Func<IStorageSession, Task<T?>> read)
    {
        var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("clerk-01"));
        await using (session)
        {
            return await read(session);
        }
    }

    private async Task<int> CountRequestsAsync()
    {
        var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("clerk-01"));
        await using (session)
        {
            var count = 0;
            await foreach (var unused in session.GetStore<IServiceRequestStore>().QueryAsync(new ServiceRequestQuery()))
            {
                count++;
            }

            return count;
        }
    }
}
