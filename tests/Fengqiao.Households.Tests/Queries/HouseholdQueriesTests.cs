using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Households.Queries;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Households.Visits;
using Fengqiao.Storage.InMemory;
using Fengqiao.Time;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Queries;

public sealed class HouseholdQueriesTests
{
    private static HouseholdQueries Queries(InMemoryStorageProvider provider, AccessScope? scope = null) => new(provider, new FixedAccessContext(scope ?? Admin), Clock());

    private static async Task TagAsync(InMemoryStorageProvider provider, ResidentId id, string tag, Fengqiao.Grids.ChangeStamp stamp)
    {
        await using var session = await provider.OpenSessionAsync(Admin);
        var store = session.GetStore<IResidentStore>();
        var resident = await store.FindAsync(id);
        resident!.ApplyCareTag(TagCatalog.Embedded.RequireCareTag(tag), D(2024, 1, 1), stamp);
        await store.SaveAsync(resident);
        await session.CommitAsync();
    }

    [Fact]
    public async Task Residents_with_a_care_tag_are_found_in_a_township_and_counted_per_township()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var here = Entry(registry, GridA1, 10);
        var there = Entry(registry, GridC1, 20);
        await registry.AddManyAsync([here, there]);
        await TagAsync(provider, here.Residents[0].Id, "living-alone", registry.NewStamp());
        await TagAsync(provider, there.Residents[0].Id, "living-alone", registry.NewStamp());
        await TagAsync(provider, there.Residents[1].Id, "empty-nest", registry.NewStamp());

        var alone = await Queries(provider).ResidentsWithCareTagAsync(Township, "living-alone", D(2025, 1, 1));
        var counts = await Queries(provider).CareTagCountsAsync(County, Fengqiao.Jurisdictions.JurisdictionLevel.Township, D(2025, 1, 1));

        Assert.Equal([here.Residents[0].Id], alone.Select(r => r.Id));
        Assert.Equal(
            [(Township, "living-alone", 1), (OtherTownship, "living-alone", 1), (OtherTownship, "empty-nest", 1)],
            counts.Select(c => (c.Division, c.CareTag, c.Residents)));
    }

    [Fact]
    public async Task A_health_tag_needs_the_health_permission_a_purpose_and_writes_one_audit_entry()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA1, 30);
        await registry.AddManyAsync([entry]);
        await TagAsync(provider, entry.Residents[2].Id, "disabled", registry.NewStamp());

        var denied = await Assert.ThrowsAsync<ValidationException>(() => Queries(provider).ResidentsWithCareTagAsync(Township, "disabled", D(2025, 1, 1), "助残走访"));
        var health = AccessScope.For("doctor", [Township], permissions: [FengqiaoPermissions.ReadHealth]);
        var found = await Queries(provider, health).ResidentsWithCareTagAsync(Township, "disabled", D(2025, 1, 1), "助残走访");
        var formWithout = await Registry(provider, health).GetFormAsync(entry.Household.Id, D(2025, 1, 1));
        var formWith = await Registry(provider, health).GetFormAsync(entry.Household.Id, D(2025, 1, 1), "助残走访");

        Assert.Equal(ErrorCodes.PermissionDenied, denied.Code);
        Assert.Single(found);
        Assert.DoesNotContain(formWithout!.Members, m => m.CareTags.Contains("disabled"));
        Assert.Contains(formWith!.Members, m => m.CareTags.Contains("disabled"));
        Assert.Equal(2, (await provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "doctor")).ToListAsync()).Count);
    }

    [Fact]
    public async Task Floating_residents_overdue_for_renewal_and_the_registration_rate_per_grid()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        await registry.RegisterResidentAsync(Id(40), "甲", GridA1, ResidencyKind.Floating, floating: new(D(2024, 1, 1), D(2024, 12, 31)));
        await registry.RegisterResidentAsync(Id(41), "乙", GridA1, ResidencyKind.Floating, floating: new(D(2024, 6, 1), D(2025, 5, 31)));
        await registry.RegisterResidentAsync(Id(42), "丙", GridA2, ResidencyKind.Floating);
        await registry.RegisterResidentAsync(Id(43), "丁", GridA2, ResidencyKind.Floating, floating: new(D(2025, 1, 1), D(2025, 12, 31)));
        await registry.RegisterResidentAsync(Id(44), "戊", GridA2, ResidencyKind.Registered);

        var overdue = await Queries(provider).RenewalOverdueAsync(Township, D(2025, 3, 1));
        var rates = await Queries(provider).FloatingRegistrationRatesAsync(Township, D(2025, 3, 1));

        Assert.Equal([Id(40)], overdue.Select(r => r.CitizenId));
        Assert.Equal([(GridA1, 2, 1, 0.5), (GridA2, 2, 1, 0.5)], rates.Select(r => (r.Grid, r.FloatingResidents, r.Registered, r.Rate!.Value)));
    }

    [Fact]
    public async Task Households_not_visited_within_n_days()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var visited = Entry(registry, GridA1, 50);
        var long_ago = Entry(registry, GridA1, 60);
        var never = Entry(registry, GridA2, 70);
        await registry.AddManyAsync([visited, long_ago, never]);
        var visits = new VisitService(provider, new FixedAccessContext(Admin), Clock(), WorkingCalendarSet.Embedded, []);
        await visits.RecordAsync(visited.Household.Id, D(2025, 5, 20), VisitKind.HomeVisit, ["worker-1"]);
        await visits.RecordAsync(long_ago.Household.Id, D(2025, 1, 20), VisitKind.Visit, ["worker-1"]);

        var stale = await Queries(provider).NotVisitedAsync(Township, 30, D(2025, 6, 1));

        Assert.Equal(new[] { long_ago.Household.Id, never.Household.Id }.OrderBy(i => i.Value), stale.Select(h => h.Id));
    }
}
