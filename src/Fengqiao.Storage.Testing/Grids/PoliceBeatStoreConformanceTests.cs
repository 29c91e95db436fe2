using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IPoliceBeatStore"/> (警格存储): round trip, every query (subtree, touching area,
/// officer, date), order, visibility through covered areas, concurrency and cancellation.
/// </summary>
public abstract class PoliceBeatStoreConformanceTests : GridsConformanceTests
{
    /// <summary>A beat with officers and coverage over time round-trips.</summary>
    [StorageFact]
    public async Task Beat_round_trips()
    {
        var township = NewCounty().Child(101);
        var beat = PoliceBeat.Establish(PoliceBeatId.New(Clock), "JG-001", "扎西岗警格 " + ConformanceValues.MixedScriptText, township, D(2021, 1, 1), Stamp());
        beat.Cover(township.Child(1), D(2021, 1, 1), Stamp());
        beat.Cover(township.Child(2).Child(3), D(2022, 1, 1), Stamp());
        beat.Release(township.Child(1), D(2023, 1, 1), Stamp());
        beat.AssignOfficer(StaffMemberId.New(Clock), D(2021, 1, 1), Stamp());
        beat.AssignOfficer(StaffMemberId.New(Clock), D(2022, 7, 1), Stamp());
        await CommitAsync<IPoliceBeatStore>(s => s.SaveAsync(beat));

        var read = await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id));

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        AssertSameState(beat.ToState(), read.ToState());
    }

    /// <summary>Queries by subtree, touching area, officer and date return the matching beats ordered by jurisdiction, code and id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var t1 = county.Child(101);
        var t2 = county.Child(102);
        var officer = StaffMemberId.New(Clock);
        var villageBeat = PoliceBeat.Establish(PoliceBeatId.New(Clock), "B", "整村警格", t1, D(2020, 1, 1), Stamp());
        villageBeat.Cover(t1.Child(1), D(2020, 1, 1), Stamp());
        villageBeat.AssignOfficer(officer, D(2020, 1, 1), Stamp());
        var gridBeat = PoliceBeat.Establish(PoliceBeatId.New(Clock), "A", "网格警格", t1, D(2020, 1, 1), Stamp());
        gridBeat.Cover(t1.Child(2).Child(5), D(2022, 1, 1), Stamp());
        var otherBeat = PoliceBeat.Establish(PoliceBeatId.New(Clock), "A", "乙镇警格", t2, D(2020, 1, 1), Stamp());
        otherBeat.Cover(t2.Child(1), D(2020, 1, 1), Stamp());
        otherBeat.Dissolve(D(2023, 1, 1), Stamp());
        await CommitAsync<IPoliceBeatStore>(async s =>
        {
            foreach (var b in new[] { otherBeat, villageBeat, gridBeat })
            {
                await s.SaveAsync(b);
            }
        });

        async Task<string[]> Names(PoliceBeatQuery query) =>
            [.. (await ReadAsync<IPoliceBeatStore, List<PoliceBeat>>(s => ToListAsync(s.QueryAsync(query)))).Select(b => b.Name)];

        Assert.Equal(["网格警格", "整村警格", "乙镇警格"], await Names(new PoliceBeatQuery(Within: county)));
        Assert.Equal(["网格警格", "整村警格"], await Names(new PoliceBeatQuery(Within: t1)));
        Assert.Equal(["整村警格"], await Names(new PoliceBeatQuery(Touching: t1.Child(1).Child(7))));
        Assert.Equal(["网格警格"], await Names(new PoliceBeatQuery(Touching: t1.Child(2))));
        Assert.Equal(["网格警格", "整村警格"], await Names(new PoliceBeatQuery(Touching: t1)));
        Assert.Empty(await Names(new PoliceBeatQuery(Touching: t1.Child(2), AsOf: D(2021, 6, 1))));
        Assert.Equal(["整村警格"], await Names(new PoliceBeatQuery(Officer: officer)));
        Assert.Empty(await Names(new PoliceBeatQuery(Officer: officer, AsOf: D(2019, 1, 1))));
        Assert.Equal(["网格警格", "整村警格"], await Names(new PoliceBeatQuery(Within: county, AsOf: D(2023, 1, 1))));
        Assert.Equal(["网格警格", "整村警格", "乙镇警格"], await Names(new PoliceBeatQuery(Within: county, AsOf: D(2022, 12, 31))));
    }

    /// <summary>Beats with the same jurisdiction and code are ordered by id.</summary>
    [StorageFact]
    public async Task Ties_are_ordered_by_id()
    {
        var township = NewCounty().Child(101);
        var beats = Enumerable.Range(0, 6).Select(i => PoliceBeat.Establish(PoliceBeatId.New(Clock), "同号", $"警格{i}", township, D(2020, 1, 1), Stamp())).ToList();
        await CommitAsync<IPoliceBeatStore>(async s =>
        {
            foreach (var b in beats)
            {
                await s.SaveAsync(b);
            }
        });

        var read = await ReadAsync<IPoliceBeatStore, List<PoliceBeat>>(s => ToListAsync(s.QueryAsync(new PoliceBeatQuery(Within: township))));

        Assert.Equal(beats.Select(b => b.Id).OrderBy(id => id.Value), read.Select(b => b.Id));
    }

    /// <summary>A beat is visible in a scope holding its jurisdiction, or when a covered area lies in the scope or contains a scope root; otherwise invisible; writes need its jurisdiction.</summary>
    [StorageFact]
    public async Task Beats_are_visible_through_their_jurisdiction_or_covered_areas()
    {
        var township = NewCounty().Child(101);
        var covered = township.Child(1);
        var beat = PoliceBeat.Establish(PoliceBeatId.New(Clock), "V", "覆盖一村", township, D(2020, 1, 1), Stamp());
        beat.Cover(covered, D(2020, 1, 1), Stamp());
        await CommitAsync<IPoliceBeatStore>(s => s.SaveAsync(beat));
        var villageScope = AccessScope.For("village-officer", [covered]);
        var otherVillageScope = AccessScope.For("other", [township.Child(2)]);

        Assert.NotNull(await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id), AccessScope.For("township", [township])));
        Assert.NotNull(await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id), villageScope));
        Assert.Null(await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id), otherVillageScope));

        // A covered village contains a grid worker's grid: the worker sees the beat over the village.
        Assert.NotNull(await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id), AccessScope.For("grid-worker", [covered.Child(3)])));
        Assert.Single(await ReadAsync<IPoliceBeatStore, List<PoliceBeat>>(s => ToListAsync(s.QueryAsync(new PoliceBeatQuery(Within: township))), villageScope));
        Assert.Empty(await ReadAsync<IPoliceBeatStore, List<PoliceBeat>>(s => ToListAsync(s.QueryAsync(new PoliceBeatQuery(Within: township))), otherVillageScope));

        var loaded = await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(beat.Id), villageScope);
        loaded!.Rename("越权改名", Stamp());
        await using var session = await OpenSessionAsync(villageScope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IPoliceBeatStore>().SaveAsync(loaded));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var id = PoliceBeatId.New(Clock);
        await CommitAsync<IPoliceBeatStore>(s => s.SaveAsync(PoliceBeat.Establish(id, "C", "0", NewCounty(), D(2020, 1, 1), Stamp())));
        static int Count(PoliceBeat b) => int.Parse(b.Name, System.Globalization.CultureInfo.InvariantCulture);

        await AssertStaleWriteRejectedAsync<IPoliceBeatStore, PoliceBeat>(
            s => s.FindAsync(id), (b, writer) => b.Rename(FormattableString.Invariant($"{writer}"), Stamp()), (s, b) => s.SaveAsync(b), Count);
        await AssertNoLostUpdatesAsync<IPoliceBeatStore, PoliceBeat>(
            s => s.FindAsync(id), Count, (b, n) => b.Rename(FormattableString.Invariant($"{n}"), Stamp()), (s, b) => s.SaveAsync(b));
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var id = PoliceBeatId.New(Clock);
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IPoliceBeatStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new PoliceBeatQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(PoliceBeat.Establish(id, "X", "取消", NewCounty(), D(2020, 1, 1), Stamp()), t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IPoliceBeatStore, PoliceBeat?>(s => s.FindAsync(id)));
    }
}
