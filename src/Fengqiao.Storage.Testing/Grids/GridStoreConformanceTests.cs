using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IGridStore"/> (网格存储): round trip of every value (boundaries bit for bit,
/// multipolygons with holes, Chinese text, nulls, date and instant extremes), every query, scope,
/// effective dating, optimistic concurrency and cancellation.
/// </summary>
public abstract class GridStoreConformanceTests : GridsConformanceTests
{
    /// <summary>A grid with several periods, a multipolygon with holes, Chinese text and nulls round-trips exactly.</summary>
    [StorageFact]
    public async Task Grid_round_trips_with_every_value()
    {
        var code = NewCounty().Child(101).Child(1).Child(1);
        var grid = Grid.Register(code, D(2021, 1, 1), new GridAttributes("扎西岗村第一网格", Square(91.1, 29.6, 0.01)), Stamp());
        grid.Revise(D(2023, 3, 1), new GridAttributes("扎西岗村第一网格（调整）" + ConformanceValues.MixedScriptText, MultiPolygonWithHoles(), "一格一牌-001", "第一网格党小组", 128), Stamp());
        grid.Revise(D(2024, 1, 1), grid.Current.Attributes with { Sign = null, PartyGroup = null, ExpectedHouseholds = 0 }, Stamp());
        await CommitAsync<IGridStore>(s => s.SaveAsync(grid));

        var read = await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(code));

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        AssertSameState(grid.ToState(), read.ToState());
        for (var i = 0; i < grid.Periods.Count; i++)
        {
            var expected = grid.Periods[i].Attributes.Boundary;
            var actual = read.Periods[i].Attributes.Boundary;
            Assert.Equal(expected.GeometryType, actual.GeometryType);
            Assert.True(expected.EqualsExact(actual), $"The boundary of period {i} changed.");
            Assert.Equal(4326, actual.SRID);
        }

        var multi = Assert.IsType<MultiPolygon>(read.Periods[1].Attributes.Boundary);
        Assert.Equal([2, 1], multi.Geometries.Cast<Polygon>().Select(p => p.NumInteriorRings));
        Assert.Null(read.Current.Attributes.Sign);
        Assert.Equal(0, read.Current.Attributes.ExpectedHouseholds);
    }

    /// <summary>Extreme dates and instants round-trip.</summary>
    [StorageFact]
    public async Task Extreme_dates_and_instants_round_trip()
    {
        var code = NewCounty().Child(101).Child(1).Child(999);
        var grid = Grid.Register(code, ConformanceValues.MinDate, new GridAttributes("最早网格", Square(-180, -90, 1)), new ChangeStamp(ConformanceValues.MinInstant, "kit"));
        grid.Revise(ConformanceValues.MaxDate, new GridAttributes("最晚网格", Square(179, 89, 1)), new ChangeStamp(ConformanceValues.MaxInstant, "kit"));
        await CommitAsync<IGridStore>(s => s.SaveAsync(grid));

        var read = await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(code));

        Assert.NotNull(read);
        AssertSameState(grid.ToState(), read.ToState());
        Assert.Equal("最早网格", read.AttributesOn(ConformanceValues.MinDate)!.Name);
        Assert.Equal("最晚网格", read.AttributesOn(ConformanceValues.MaxDate)!.Name);
    }

    /// <summary>Queries by subtree and date return exactly the matching grids, ordered by code.</summary>
    [StorageFact]
    public async Task Queries_filter_by_subtree_and_date()
    {
        var county = NewCounty();
        var village1 = county.Child(101).Child(1);
        var village2 = county.Child(102).Child(1);
        var g1 = Grid.Register(village1.Child(1), D(2020, 1, 1), new GridAttributes("一", Square(90, 30, 0.1)), Stamp());
        var g2 = Grid.Register(village1.Child(2), D(2022, 1, 1), new GridAttributes("二", Square(90.1, 30, 0.1)), Stamp());
        g2.Retire(D(2024, 1, 1), Stamp());
        var g3 = Grid.Register(village2.Child(1), D(2020, 1, 1), new GridAttributes("三", Square(90.2, 30, 0.1)), Stamp());
        g3.Rename(D(2023, 6, 1), "三（新）", Stamp());
        await CommitAsync<IGridStore>(async s =>
        {
            foreach (var g in new[] { g3, g2, g1 })
            {
                await s.SaveAsync(g);
            }
        });

        async Task<JurisdictionCode[]> Codes(GridQuery query) =>
            [.. (await ReadAsync<IGridStore, List<Grid>>(s => ToListAsync(s.QueryAsync(query)))).Select(g => g.Code)];

        Assert.Equal([g1.Code, g2.Code, g3.Code], await Codes(new GridQuery(Within: county)));
        Assert.Equal([g1.Code, g2.Code], await Codes(new GridQuery(Within: village1)));
        Assert.Equal([g3.Code], await Codes(new GridQuery(Within: county.Child(102))));
        Assert.Equal([g1.Code], await Codes(new GridQuery(Within: g1.Code)));
        Assert.Equal([g1.Code, g3.Code], await Codes(new GridQuery(Within: county, AsOf: D(2021, 12, 31))));
        Assert.Equal([g1.Code, g2.Code, g3.Code], await Codes(new GridQuery(Within: county, AsOf: D(2023, 12, 31))));
        Assert.Equal([g1.Code, g3.Code], await Codes(new GridQuery(Within: county, AsOf: D(2024, 1, 1))));
        Assert.Empty(await Codes(new GridQuery(Within: county, AsOf: D(2019, 12, 31))));

        var renamed = await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(g3.Code));
        Assert.Equal("三", renamed!.AttributesOn(D(2023, 5, 31))!.Name);
        Assert.Equal("三（新）", renamed.AttributesOn(D(2023, 6, 1))!.Name);
    }

    /// <summary>A grid worker scoped to one grid sees that grid only; writes outside the scope are refused.</summary>
    [StorageFact]
    public async Task Grids_outside_the_scope_are_invisible()
    {
        var village = NewCounty().Child(101).Child(1);
        var mine = Grid.Register(village.Child(1), D(2020, 1, 1), new GridAttributes("我的网格", Square(90, 30, 0.1)), Stamp());
        var theirs = Grid.Register(village.Child(2), D(2020, 1, 1), new GridAttributes("别的网格", Square(90.1, 30, 0.1)), Stamp());
        await CommitAsync<IGridStore>(async s =>
        {
            await s.SaveAsync(mine);
            await s.SaveAsync(theirs);
        });
        var workerScope = AccessScope.For("worker", [mine.Code]);

        Assert.NotNull(await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(mine.Code), workerScope));
        Assert.Null(await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(theirs.Code), workerScope));
        Assert.Equal([mine.Code], (await ReadAsync<IGridStore, List<Grid>>(s => ToListAsync(s.QueryAsync(new GridQuery(Within: village))), workerScope)).Select(g => g.Code));
        Assert.All(await ReadAsync<IGridStore, List<Grid>>(s => ToListAsync(s.QueryAsync(new GridQuery())), workerScope), g => Assert.Equal(mine.Code, g.Code));

        var loaded = await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(theirs.Code));
        loaded!.Rename(D(2021, 1, 1), "改名", Stamp());
        await using var session = await OpenSessionAsync(workerScope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IGridStore>().SaveAsync(loaded));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
        await session.CommitAsync();
        Assert.Equal("别的网格", (await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(theirs.Code)))!.Current.Attributes.Name);
    }

    /// <summary>A stale write is rejected with a conflict.</summary>
    [StorageFact]
    public async Task Stale_write_is_rejected()
    {
        var code = await RegisterAsync();
        await AssertStaleWriteRejectedAsync<IGridStore, Grid>(
            s => s.FindAsync(code),
            (g, writer) => g.Revise(g.Current.Validity.ValidFrom, g.Current.Attributes with { ExpectedHouseholds = writer }, Stamp()),
            (s, g) => s.SaveAsync(g),
            g => g.Current.Attributes.ExpectedHouseholds ?? 0);
    }

    /// <summary>Registering a grid code that exists is a conflict.</summary>
    [StorageFact]
    public async Task Registering_an_existing_code_is_a_conflict()
    {
        var code = await RegisterAsync();
        await using var session = await OpenSessionAsync();
        await session.GetStore<IGridStore>().SaveAsync(Grid.Register(code, D(2020, 1, 1), new GridAttributes("重复", Square(1, 1, 1)), Stamp()));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());
    }

    /// <summary>Parallel writers doing read-modify-write with retry lose no update.</summary>
    [StorageFact]
    public async Task Parallel_writers_lose_no_update()
    {
        var code = await RegisterAsync();
        await AssertNoLostUpdatesAsync<IGridStore, Grid>(
            s => s.FindAsync(code),
            g => g.Current.Attributes.ExpectedHouseholds ?? 0,
            (g, n) => g.Revise(g.Current.Validity.ValidFrom, g.Current.Attributes with { ExpectedHouseholds = n }, Stamp()),
            (s, g) => s.SaveAsync(g));
    }

    /// <summary>Reads and saves honour a cancelled token; a cancelled save stages nothing.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var code = NewCounty().Child(101).Child(1).Child(1);
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IGridStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(code, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new GridQuery(Within: code), t)));
        await AssertCancelledAsync(t => store.SaveAsync(Grid.Register(code, D(2020, 1, 1), new GridAttributes("取消", Square(1, 1, 1)), Stamp()), t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IGridStore, Grid?>(s => s.FindAsync(code)));
    }

    private async Task<JurisdictionCode> RegisterAsync()
    {
        var code = NewCounty().Child(101).Child(1).Child(1);
        await CommitAsync<IGridStore>(s => s.SaveAsync(Grid.Register(code, D(2020, 1, 1), new GridAttributes("计数网格", Square(91, 29, 0.01), ExpectedHouseholds: 0), Stamp())));
        return code;
    }
}
