using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Grids.Events;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Storage;

public class UnitOfWorkTests
{
    [Fact]
    public async Task A_stale_save_conflicts_and_writes_nothing_of_the_unit_of_work()
    {
        var provider = await SeededAsync();
        await using var first = await provider.OpenSessionAsync(Admin);
        await using var second = await provider.OpenSessionAsync(Admin);
        var mine = (await first.GetStore<IGridStore>().FindAsync(GridA1))!;
        var theirs = (await second.GetStore<IGridStore>().FindAsync(GridA1))!;
        theirs.Rename(D(2024, 1, 1), "他人改名", Stamp);
        await second.GetStore<IGridStore>().SaveAsync(theirs);
        await second.CommitAsync();

        var village = (await first.GetStore<IJurisdictionStore>().FindAsync(VillageA))!;
        village.Rename(D(2024, 1, 1), "新甲村", Stamp);
        mine.Rename(D(2024, 1, 1), "我的改名", Stamp);
        await first.GetStore<IJurisdictionStore>().SaveAsync(village);
        await first.GetStore<IGridStore>().SaveAsync(mine);
        var outboxBefore = await provider.Outbox.ReadPendingAsync(1000).ToListAsync();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => first.CommitAsync());

        Assert.Equal(nameof(Grid), conflict.AggregateKind);
        Assert.Equal(GridA1.ToString(), conflict.AggregateId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(1, mine.Version);
        Assert.Equal(1, village.Version);
        await using var reader = await provider.OpenSessionAsync(Admin);
        Assert.Equal("他人改名", (await reader.GetStore<IGridStore>().FindAsync(GridA1))!.Current.Attributes.Name);
        Assert.Equal("甲村", (await reader.GetStore<IJurisdictionStore>().FindAsync(VillageA))!.Current.Name);
        Assert.Equal(outboxBefore.Count, (await provider.Outbox.ReadPendingAsync(1000).ToListAsync()).Count);
    }

    [Fact]
    public async Task Registering_an_existing_code_again_conflicts()
    {
        var provider = await SeededAsync();
        await using var session = await provider.OpenSessionAsync(Admin);
        await session.GetStore<IGridStore>().SaveAsync(Grid.Register(GridA1, "重复", Rect(0, 0, 1, 1), Start, Stamp));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());
    }

    [Fact]
    public async Task A_commit_advances_versions_and_puts_the_events_in_the_outbox()
    {
        var provider = NewProvider();
        var code = JurisdictionCode.Parse("540127200201001");
        var grid = Grid.Register(code, "第一网格", Rect(91.6, 29.8, 91.61, 29.81), Start, Stamp);
        await using (var session = await provider.OpenSessionAsync(Admin))
        {
            await session.GetStore<IGridStore>().SaveAsync(grid);
            grid.Rename(D(2024, 1, 1), "改名网格", Stamp);
            await session.GetStore<IGridStore>().SaveAsync(grid);
            Assert.Equal(0, grid.Version);
            await session.CommitAsync();
        }

        Assert.Equal(1, grid.Version);
        Assert.Empty(grid.PendingEvents);
        var messages = await provider.Outbox.ReadPendingAsync(10).ToListAsync();
        Assert.Equal([typeof(GridRegistered).FullName, typeof(GridRevised).FullName], messages.Select(m => m.EventType));
        Assert.Contains("\"code\":\"540127200201001\"", messages[0].Payload, StringComparison.Ordinal);

        await using (var session = await provider.OpenSessionAsync(Admin))
        {
            var again = (await session.GetStore<IGridStore>().FindAsync(code))!;
            Assert.Equal(1, again.Version);
            Assert.Equal(2, again.Periods.Count);
            again.Retire(D(2025, 1, 1), Stamp);
            await session.GetStore<IGridStore>().SaveAsync(again);
            await session.CommitAsync();
            Assert.Equal(2, again.Version);
        }
    }

    [Fact]
    public async Task Reads_see_only_committed_data()
    {
        var provider = NewProvider();
        await using var session = await provider.OpenSessionAsync(Admin);
        await session.GetStore<IJurisdictionStore>().SaveAsync(Jurisdiction.Establish(County, Start, "墨竹工卡县", DivisionKind.County, Stamp));

        Assert.Null(await session.GetStore<IJurisdictionStore>().FindAsync(County));
        await session.CommitAsync();
        Assert.NotNull(await session.GetStore<IJurisdictionStore>().FindAsync(County));
    }

    [Fact]
    public void Every_event_serializes_for_the_outbox()
    {
        var grid = Grid.Register(GridA1, "第一网格", Rect(91.6, 29.8, 91.61, 29.81), Start, Stamp);
        var message = DomainEventSerializer.ToOutboxMessage(grid.PendingEvents[0]);

        Assert.Contains("\"validFrom\":\"2020-01-01\"", message.Payload, StringComparison.Ordinal);
        Assert.Contains("\"recordedBy\":\"tester\"", message.Payload, StringComparison.Ordinal);
    }
}
