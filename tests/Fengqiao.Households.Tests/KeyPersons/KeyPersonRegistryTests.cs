using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Storage.InMemory;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.KeyPersons;

public sealed class KeyPersonRegistryTests
{
    private static readonly AccessScope Officer = AccessScope.Unrestricted(
        "officer", permissions: [FengqiaoPermissions.ReadKeyPersons, FengqiaoPermissions.WriteKeyPersons]);

    private static async Task<(InMemoryStorageProvider Provider, HouseholdEntryPair People)> SeedAsync()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var a = Entry(registry, GridA1, 10);
        var b = Entry(registry, GridA2, 20);
        await registry.AddManyAsync([a, b]);
        var officer = new KeyPersonRegistry(provider, new FixedAccessContext(Officer), Clock());
        await officer.DesignateAsync(a.Residents[0].Id, "petitioner", D(2024, 1, 1), "列管登记");
        await officer.DesignateAsync(b.Residents[1].Id, "petitioner", D(2024, 2, 1), "列管登记");
        await officer.DesignateAsync(b.Residents[2].Id, "drug-user", D(2024, 2, 1), "列管登记");
        return (provider, new(a, b));
    }

    private static Task<List<AuditEntry>> ReadsAsync(InMemoryStorageProvider provider, string principal) =>
        provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: principal)).ToListAsync();

    [Fact]
    public async Task Key_persons_are_listed_by_category_with_exactly_one_audit_entry_per_read()
    {
        var (provider, people) = await SeedAsync();
        var reader = new KeyPersonRegistry(provider, new FixedAccessContext(AccessScope.For("reader", [Township], permissions: [FengqiaoPermissions.ReadKeyPersons])), Clock());

        var petitioners = await reader.ListAsync("petitioner", Township, D(2025, 1, 1), "矛盾纠纷排查");
        var none = await reader.ListAsync("mentally-ill-at-risk", Township, D(2025, 1, 1), "月度核查");
        var one = await reader.GetAsync(people.B.Residents[2].Id, "走访前了解情况");

        Assert.Equal(2, petitioners.Count);
        Assert.Empty(none);
        Assert.NotNull(one);
        var entries = await ReadsAsync(provider, "reader");
        Assert.Equal(3, entries.Count);
        Assert.Equal(
            [("月度核查", KeyPersonRegistry.QueryAction), ("矛盾纠纷排查", KeyPersonRegistry.QueryAction), ("走访前了解情况", KeyPersonRegistry.ReadAction)],
            entries.Select(e => (e.Purpose, e.Action)).OrderBy(p => p.Purpose, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_the_permission_or_a_purpose_nothing_is_read_and_nothing_is_audited()
    {
        var (provider, people) = await SeedAsync();
        var worker = new KeyPersonRegistry(provider, new FixedAccessContext(WorkerOf(GridA1)), Clock());
        var permitted = new KeyPersonRegistry(provider, new FixedAccessContext(WorkerOf(GridA1, FengqiaoPermissions.ReadKeyPersons)), Clock());

        var denied = await Assert.ThrowsAsync<ValidationException>(() => worker.ListAsync("petitioner", GridA1, D(2025, 1, 1), "排查"));
        var noPurpose = await Assert.ThrowsAsync<ValidationException>(() => permitted.ListAsync("petitioner", GridA1, D(2025, 1, 1), " "));

        Assert.Equal(ErrorCodes.PermissionDenied, denied.Code);
        Assert.Equal(ErrorCodes.PurposeRequired, noPurpose.Code);
        Assert.Empty(await ReadsAsync(provider, "worker-" + GridA1));
        await using var session = await provider.OpenSessionAsync(WorkerOf(GridA1));
        Assert.Null(await session.GetStore<IKeyPersonStore>().FindAsync(people.A.Residents[0].Id));
    }

    [Fact]
    public async Task A_grid_workers_permitted_read_sees_only_their_grid()
    {
        var (provider, _) = await SeedAsync();
        var worker = new KeyPersonRegistry(provider, new FixedAccessContext(WorkerOf(GridA1, FengqiaoPermissions.ReadKeyPersons)), Clock());

        var found = await worker.ListAsync("petitioner", Township, D(2025, 1, 1), "排查");

        Assert.Single(found);
        Assert.Single(await ReadsAsync(provider, "worker-" + GridA1));
    }

    [Fact]
    public async Task Ordinary_household_reads_carry_no_key_person_data()
    {
        var (provider, people) = await SeedAsync();

        var form = await Registry(provider, WorkerOf(GridA1)).GetFormAsync(people.A.Household.Id, D(2025, 1, 1));

        Assert.DoesNotContain(form!.Members, m => m.CareTags.Contains("petitioner"));
        Assert.Empty(await ReadsAsync(provider, "worker-" + GridA1));
    }

    internal sealed record HouseholdEntryPair(Fengqiao.Households.Households.HouseholdEntry A, Fengqiao.Households.Households.HouseholdEntry B);
}
