using Fengqiao.Access;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Grids.Tests.Grids;

/// <summary>A small tree for tests: Maizhokunggar county, Zhaxigang township, two villages, three grids.</summary>
internal static class World
{
    public static readonly JurisdictionCode County = JurisdictionCode.Parse("540127");
    public static readonly JurisdictionCode Township = JurisdictionCode.Parse("540127200");
    public static readonly JurisdictionCode OtherTownship = JurisdictionCode.Parse("540127201");
    public static readonly JurisdictionCode VillageA = JurisdictionCode.Parse("540127200201");
    public static readonly JurisdictionCode VillageB = JurisdictionCode.Parse("540127200202");
    public static readonly JurisdictionCode GridA1 = JurisdictionCode.Parse("540127200201001");
    public static readonly JurisdictionCode GridA2 = JurisdictionCode.Parse("540127200201002");
    public static readonly JurisdictionCode GridB1 = JurisdictionCode.Parse("540127200202001");

    public static readonly LocalDate Start = new(2020, 1, 1);

    public static readonly ChangeStamp Stamp = new(Instant.FromUtc(2024, 1, 1, 0, 0), "tester");

    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static AccessScope Admin { get; } = AccessScope.Unrestricted("admin", permissions: [FengqiaoPermissions.ManageGrids]);

    public static AccessScope ScopeOf(JurisdictionCode root, bool manage = true) =>
        AccessScope.For("user-" + root, [root], permissions: manage ? [FengqiaoPermissions.ManageGrids] : []);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static Polygon Rect(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    public static InMemoryStorageProvider NewProvider() => new([new InMemoryGridStores()]);

    public static FakeClock Clock() => new(Instant.FromUtc(2024, 6, 1, 8, 0));

    /// <summary>Seeds the tree (county, township, two villages) and three grids, committed.</summary>
    public static async Task<InMemoryStorageProvider> SeededAsync()
    {
        var provider = NewProvider();
        await using var session = await provider.OpenSessionAsync(Admin);
        var divisions = session.GetStore<IJurisdictionStore>();
        await divisions.SaveAsync(Jurisdiction.Establish(County, Start, "墨竹工卡县", DivisionKind.County, Stamp));
        await divisions.SaveAsync(Jurisdiction.Establish(Township, Start, "扎西岗乡", DivisionKind.Township, Stamp));
        await divisions.SaveAsync(Jurisdiction.Establish(OtherTownship, Start, "另一乡", DivisionKind.Township, Stamp));
        await divisions.SaveAsync(Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp));
        await divisions.SaveAsync(Jurisdiction.Establish(VillageB, Start, "乙村", DivisionKind.Village, Stamp));
        var grids = session.GetStore<IGridStore>();
        await grids.SaveAsync(Grid.Register(GridA1, "甲村第一网格", Rect(91.60, 29.80, 91.61, 29.81), Start, Stamp));
        await grids.SaveAsync(Grid.Register(GridA2, "甲村第二网格", Rect(91.61, 29.80, 91.62, 29.81), Start, Stamp));
        await grids.SaveAsync(Grid.Register(GridB1, "乙村第一网格", Rect(91.62, 29.80, 91.63, 29.81), Start, Stamp));
        await session.CommitAsync();
        return provider;
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
