using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage.InMemory;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Households.Tests;

/// <summary>A small county for tests: one township with two villages and three grids, another township with one grid.</summary>
internal static class World
{
    public static readonly JurisdictionCode County = JurisdictionCode.Parse("540127");
    public static readonly JurisdictionCode Township = JurisdictionCode.Parse("540127200");
    public static readonly JurisdictionCode OtherTownship = JurisdictionCode.Parse("540127201");
    public static readonly JurisdictionCode GridA1 = JurisdictionCode.Parse("540127200201001");
    public static readonly JurisdictionCode GridA2 = JurisdictionCode.Parse("540127200201002");
    public static readonly JurisdictionCode GridB1 = JurisdictionCode.Parse("540127200202001");
    public static readonly JurisdictionCode GridC1 = JurisdictionCode.Parse("540127201203001");
    public static readonly JurisdictionCode UnknownGrid = JurisdictionCode.Parse("540127200201099");

    public static readonly LocalDate Start = new(2020, 1, 1);

    public static AccessScope Admin { get; } = AccessScope.Unrestricted("admin", permissions: [FengqiaoPermissions.ManageGrids]);

    public static AccessScope WorkerOf(JurisdictionCode grid, params string[] permissions) => AccessScope.For("worker-" + grid, [grid], permissions: permissions);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static FakeClock Clock() => new(Instant.FromUtc(2025, 6, 1, 2, 0));

    /// <summary>A valid citizen ID: address, birth date and sequence, with its MOD 11-2 check character.</summary>
    public static CitizenId Id(int sequence, string birth = "19800101", string address = "540127") =>
        CitizenId.Parse(WithCheck(address + birth + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));

    public static string WithCheck(string seventeen)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = seventeen.Select((c, i) => (c - '0') * weights[i]).Sum();
        return seventeen + "10X98765432"[sum % 11];
    }

    public static InMemoryStorageProvider NewProvider() => new(new IStoreContributor<InMemoryStorageSession>[] { new InMemoryGridStores(), new InMemoryHouseholdStores() });

    public static async Task<InMemoryStorageProvider> SeededAsync()
    {
        var provider = NewProvider();
        await SeedGridsAsync(provider);
        return provider;
    }

    public static async Task SeedGridsAsync(IStorageProvider provider)
    {
        var stamp = new ChangeStamp(Instant.FromUtc(2020, 1, 1, 0, 0), "seed");
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        Polygon Rect(double x) => factory.CreatePolygon([new(x, 29.8), new(x + 0.01, 29.8), new(x + 0.01, 29.81), new(x, 29.81), new(x, 29.8)]);
        await using var session = await provider.OpenSessionAsync(Admin);
        var grids = session.GetStore<IGridStore>();
        await grids.SaveAsync(Grid.Register(GridA1, "甲村第一网格", Rect(91.60), Start, stamp));
        await grids.SaveAsync(Grid.Register(GridA2, "甲村第二网格", Rect(91.61), Start, stamp));
        await grids.SaveAsync(Grid.Register(GridB1, "乙村第一网格", Rect(91.62), Start, stamp));
        await grids.SaveAsync(Grid.Register(GridC1, "丙村第一网格", Rect(91.63), Start, stamp));
        await session.CommitAsync();
    }

    public static HouseholdRegistry Registry(IStorageProvider provider, AccessScope? scope = null, IClock? clock = null) =>
        new(provider, new FixedAccessContext(scope ?? Admin), clock ?? Clock());

    /// <summary>A new household in a grid with a head and the given other members (all new residents).</summary>
    public static HouseholdEntry Entry(HouseholdRegistry registry, JurisdictionCode grid, int firstSequence, int members = 3, IClock? clock = null)
    {
        clock ??= Clock();
        var stamp = registry.NewStamp();
        var residents = Enumerable.Range(0, members)
            .Select(i => Resident.Register(ResidentId.New(clock), Id(firstSequence + i), "居民" + (firstSequence + i), grid, ResidencyKind.Registered, stamp))
            .ToList();
        var household = Household.Register(HouseholdId.New(clock), residents[0].Id, grid, "扎西岗村" + firstSequence + "号", Start, stamp);
        for (var i = 1; i < residents.Count; i++)
        {
            household.AddMember(residents[i].Id, i == 1 ? RelationToHead.Spouse : RelationToHead.Child, Start, stamp);
        }

        return new HouseholdEntry(household, residents);
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
