using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Patrols.Prevention;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IPreventionStore"/> (防范宣传存储): round trip, queries, scope, concurrency, cancellation.</summary>
public abstract class PreventionStoreConformanceTests : PatrolsConformanceTests
{
    /// <summary>A publicity event with place and attendees round-trips, as does a bare alert.</summary>
    [StorageFact]
    public async Task Prevention_activities_round_trip()
    {
        var county = NewCounty();
        var full = PreventionActivity.Record(PreventionActivityId.New(Clock), county.Child(101), PreventionKind.PublicityEvent, PreventionTopic.AntiFraud, D(2025, 3, 1), "反诈宣传进牧区 " + ConformanceValues.MixedScriptText, Stamp(), "村委会广场", 120);
        var bare = PreventionActivity.Record(PreventionActivityId.New(Clock), county, PreventionKind.OnlineAlert, PreventionTopic.IdService, ConformanceValues.MaxDate, "身份证办理提示", Stamp());
        await CommitAsync<IPreventionStore>(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync<IPreventionStore, PreventionActivity?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            AssertSamePatrolState(expected.ToState(), read.ToState());
        }
    }

    /// <summary>Queries by subtree, date range and kind return the matching activities ordered by date, then id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var activities = new[]
        {
            PreventionActivity.Record(PreventionActivityId.New(Clock), county.Child(101), PreventionKind.PublicityEvent, PreventionTopic.Drugs, D(2025, 6, 26), "禁毒", Stamp(), "学校", 300),
            PreventionActivity.Record(PreventionActivityId.New(Clock), county, PreventionKind.OnlineAlert, PreventionTopic.AntiFraud, D(2025, 3, 1), "预警", Stamp()),
            PreventionActivity.Record(PreventionActivityId.New(Clock), county.Child(102), PreventionKind.OnlineConsultation, PreventionTopic.Law, D(2025, 7, 1), "咨询", Stamp(), attendees: 1),
        };
        await CommitAsync<IPreventionStore>(async s =>
        {
            foreach (var a in activities)
            {
                await s.SaveAsync(a);
            }
        });

        async Task<string[]> Titles(PreventionQuery query) =>
            [.. (await ReadAsync<IPreventionStore, List<PreventionActivity>>(s => ToListAsync(s.QueryAsync(query)))).Select(a => a.Title)];

        Assert.Equal(["预警", "禁毒", "咨询"], await Titles(new PreventionQuery(Within: county)));
        Assert.Equal(["禁毒"], await Titles(new PreventionQuery(Within: county, Kind: PreventionKind.PublicityEvent)));
        Assert.Equal(["禁毒"], await Titles(new PreventionQuery(Within: county, From: D(2025, 6, 1), To: D(2025, 7, 1))));
        Assert.Equal(["咨询"], await Titles(new PreventionQuery(Within: county.Child(102))));
    }

    /// <summary>Activities outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Activities_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var inside = PreventionActivity.Record(PreventionActivityId.New(Clock), a.Child(101), PreventionKind.OnlineAlert, PreventionTopic.Fire, D(2025, 1, 1), "内", Stamp());
        var outside = PreventionActivity.Record(PreventionActivityId.New(Clock), b, PreventionKind.OnlineAlert, PreventionTopic.Fire, D(2025, 1, 1), "外", Stamp());
        await CommitAsync<IPreventionStore>(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("station", [a]);

        Assert.NotNull(await ReadAsync<IPreventionStore, PreventionActivity?>(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync<IPreventionStore, PreventionActivity?>(s => s.FindAsync(outside.Id), scope));

        await using var session = await OpenSessionAsync(scope);
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            session.GetStore<IPreventionStore>().SaveAsync(PreventionActivity.Record(PreventionActivityId.New(Clock), b, PreventionKind.OnlineAlert, PreventionTopic.Fire, D(2025, 1, 2), "越权", Stamp())));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var activity = PreventionActivity.Record(PreventionActivityId.New(Clock), NewCounty(), PreventionKind.PublicityEvent, PreventionTopic.TrafficSafety, D(2025, 1, 1), "计数", Stamp());
        await CommitAsync<IPreventionStore>(s => s.SaveAsync(activity));

        await AssertStaleWriteRejectedAsync<IPreventionStore, PreventionActivity>(
            s => s.FindAsync(activity.Id), (a, writer) => a.RecordAttendees(writer), (s, a) => s.SaveAsync(a), a => a.Attendees);
        await AssertNoLostUpdatesAsync<IPreventionStore, PreventionActivity>(
            s => s.FindAsync(activity.Id), a => a.Attendees, (a, n) => a.RecordAttendees(n), (s, a) => s.SaveAsync(a));
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var activity = PreventionActivity.Record(PreventionActivityId.New(Clock), NewCounty(), PreventionKind.OnlineAlert, PreventionTopic.Fire, D(2025, 1, 1), "取消", Stamp());
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IPreventionStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(activity.Id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new PreventionQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(activity, t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IPreventionStore, PreventionActivity?>(s => s.FindAsync(activity.Id)));
    }
}
