using Fengqiao.Access;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using NodaTime;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Grids;

public class GridDirectoryTests
{
    private static readonly JurisdictionCode VillageC = JurisdictionCode.Parse("540127200203");
    private static readonly JurisdictionCode VillageD = JurisdictionCode.Parse("540127200204");
    private static readonly LocalDate SplitOn = new(2023, 1, 1);

    [Fact]
    public async Task As_of_queries_see_each_dates_tree()
    {
        var provider = await SeededAsync();
        var clock = Clock();
        var admin = new FixedAccessContext(Admin);
        var service = new JurisdictionService(provider, admin, clock);
        await service.RenameAsync(Township, D(2022, 7, 1), "扎西岗镇", kind: DivisionKind.Town);
        await service.SplitAsync(VillageB, SplitOn, [new JurisdictionPart(VillageC, "丙村", DivisionKind.Village), new JurisdictionPart(VillageD, "丁社区", DivisionKind.Community)]);
        var directory = new GridDirectory(provider, admin, clock);

        var before = await directory.GetChildrenAsync(Township, D(2022, 12, 31));
        var after = await directory.GetChildrenAsync(Township, SplitOn);

        Assert.Equal([VillageA, VillageB], before.Select(n => n.Code));
        Assert.Equal([VillageA, VillageC, VillageD], after.Select(n => n.Code));
        Assert.Equal("扎西岗乡", (await directory.GetNodeAsync(Township, D(2022, 6, 30)))!.Name);
        Assert.Equal("扎西岗镇", (await directory.GetNodeAsync(Township, D(2022, 7, 1)))!.Name);
        Assert.Null(await directory.GetNodeAsync(VillageC, D(2022, 12, 31)));
        Assert.Null(await directory.GetNodeAsync(VillageB, SplitOn));
    }

    [Fact]
    public async Task The_subtree_includes_grids_and_orders_parents_first()
    {
        var provider = await SeededAsync();
        var directory = new GridDirectory(provider, new FixedAccessContext(Admin), Clock());

        var subtree = await directory.GetSubtreeAsync(Township, D(2024, 1, 1));

        Assert.Equal([Township, VillageA, GridA1, GridA2, VillageB, GridB1], subtree.Select(n => n.Code));
        Assert.Equal(DivisionKind.Grid, subtree[2].Kind);
        Assert.Equal([GridA1, GridA2], (await directory.GetChildrenAsync(VillageA, D(2024, 1, 1))).Select(n => n.Code));
        Assert.Empty(await directory.GetChildrenAsync(GridA1, D(2024, 1, 1)));
        Assert.Empty(await directory.GetSubtreeAsync(Township, D(2019, 1, 1)));
    }

    [Fact]
    public async Task The_history_of_a_code_lists_every_version_and_its_lineage()
    {
        var provider = await SeededAsync();
        var clock = Clock();
        var admin = new FixedAccessContext(Admin);
        var service = new JurisdictionService(provider, admin, clock);
        await service.RenameAsync(VillageB, D(2021, 1, 1), "新乙村");
        await service.SplitAsync(VillageB, SplitOn, [new JurisdictionPart(VillageC, "丙村", DivisionKind.Village), new JurisdictionPart(VillageD, "丁村", DivisionKind.Village)]);
        await service.ReviseGridAsync(GridA1, D(2024, 3, 1), a => a with { Name = "甲村一格" });

        var directory = new GridDirectory(provider, admin, clock);
        var village = await directory.GetHistoryAsync(VillageB);
        var grid = await directory.GetHistoryAsync(GridA1);

        Assert.Equal(["乙村", "新乙村"], village!.Versions.Select(v => v.Name));
        Assert.Equal(SplitOn, village.Versions[^1].Validity.ValidTo);
        Assert.Equal([VillageC, VillageD], village.Successors.Select(s => s.Code));
        Assert.Equal(["甲村第一网格", "甲村一格"], grid!.Versions.Select(v => v.Name));
        Assert.Null(await directory.GetHistoryAsync(JurisdictionCode.Parse("540127200299")));
    }

    [Fact]
    public async Task Registering_a_grid_needs_its_village_on_that_date()
    {
        var provider = await SeededAsync();
        var service = new JurisdictionService(provider, new FixedAccessContext(Admin), Clock());

        await Assert.ThrowsAsync<Errors.NotFoundException>(() => service.RegisterGridAsync(
            JurisdictionCode.Parse("540127200209001"), D(2024, 1, 1), new GridAttributes("无村网格", Rect(91.7, 29.8, 91.71, 29.81))));
        await Assert.ThrowsAsync<Errors.NotFoundException>(() => service.RegisterGridAsync(
            JurisdictionCode.Parse("540127200201009"), D(2019, 1, 1), new GridAttributes("早于村", Rect(91.7, 29.8, 91.71, 29.81))));

        var grid = await service.RegisterGridAsync(JurisdictionCode.Parse("540127200201009"), D(2024, 1, 1), new GridAttributes("新网格", Rect(91.7, 29.8, 91.71, 29.81)));
        Assert.Equal(1, grid.Version);
    }

    [Fact]
    public async Task Changes_need_the_manage_grids_permission()
    {
        var provider = await SeededAsync();
        var service = new JurisdictionService(provider, new FixedAccessContext(ScopeOf(Township, manage: false)), Clock());

        var error = await Assert.ThrowsAsync<Errors.ValidationException>(() => service.RenameAsync(VillageA, D(2024, 1, 1), "新村"));

        Assert.Equal(Errors.ErrorCodes.PermissionDenied, error.Code);
    }

    [Fact]
    public async Task Recorded_stamps_come_from_the_clock_and_the_principal()
    {
        var provider = await SeededAsync();
        var clock = Clock();
        var service = new JurisdictionService(provider, new FixedAccessContext(ScopeOf(Township)), clock);

        var village = await service.RenameAsync(VillageA, D(2024, 1, 1), "新甲村");

        Assert.Equal(clock.GetCurrentInstant(), village.Current.Recorded.At);
        Assert.Equal("user-540127200", village.Current.Recorded.By);
    }
}
