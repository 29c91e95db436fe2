using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="ITrainingStore"/> (培训存储): round trip, queries, order, scope, concurrency, cancellation.</summary>
public abstract class TrainingStoreConformanceTests : GridsConformanceTests
{
    /// <summary>A session with attendees, a round and unregistered trainees round-trips; one without them keeps its nulls.</summary>
    [StorageFact]
    public async Task Training_sessions_round_trip()
    {
        var county = NewCounty();
        var full = TrainingSession.Record(TrainingSessionId.New(Clock), county.Child(101), D(2024, 4, 12), "网格员业务培训 " + ConformanceValues.MixedScriptText, Stamp(), round: 3);
        full.RecordAttendance([StaffMemberId.New(Clock), StaffMemberId.New(Clock)], Stamp());
        full.RecordUnregisteredTrainees(78, Stamp());
        var bare = TrainingSession.Record(TrainingSessionId.New(Clock), county, ConformanceValues.MaxDate, "最后一次", new ChangeStamp(ConformanceValues.MaxInstant, "kit"));
        await CommitAsync<ITrainingStore>(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync<ITrainingStore, TrainingSession?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            AssertSameState(expected.ToState(), read.ToState());
        }
    }

    /// <summary>Queries by subtree, date range and attendee return the matching sessions ordered by date, then id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var attendee = StaffMemberId.New(Clock);
        var sessions = new[]
        {
            TrainingSession.Record(TrainingSessionId.New(Clock), county.Child(101), D(2024, 3, 1), "二", Stamp()),
            TrainingSession.Record(TrainingSessionId.New(Clock), county, D(2024, 1, 1), "一", Stamp()),
            TrainingSession.Record(TrainingSessionId.New(Clock), county.Child(102), D(2024, 3, 1), "三", Stamp()),
            TrainingSession.Record(TrainingSessionId.New(Clock), county.Child(101).Child(1), D(2024, 6, 1), "四", Stamp()),
        };
        sessions[2].RecordAttendance([attendee], Stamp());
        sessions[3].RecordAttendance([attendee, StaffMemberId.New(Clock)], Stamp());
        await CommitAsync<ITrainingStore>(async s =>
        {
            foreach (var t in sessions)
            {
                await s.SaveAsync(t);
            }
        });

        async Task<string[]> Titles(TrainingQuery query) =>
            [.. (await ReadAsync<ITrainingStore, List<TrainingSession>>(s => ToListAsync(s.QueryAsync(query)))).Select(t => t.Title)];

        var sameDay = sessions[0].Id.Value.CompareTo(sessions[2].Id.Value) < 0 ? new[] { "二", "三" } : ["三", "二"];
        string[] ordered = ["一", .. sameDay, "四"];
        Assert.Equal(ordered, await Titles(new TrainingQuery(Within: county)));
        Assert.Equal(["二", "四"], await Titles(new TrainingQuery(Within: county.Child(101))));
        Assert.Equal(sameDay, await Titles(new TrainingQuery(Within: county, From: D(2024, 3, 1), To: D(2024, 6, 1))));
        Assert.Equal(["三", "四"], await Titles(new TrainingQuery(Within: county, Attendee: attendee)));
        Assert.Empty(await Titles(new TrainingQuery(Within: county, From: D(2025, 1, 1))));
    }

    /// <summary>Sessions organized outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Sessions_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var inside = TrainingSession.Record(TrainingSessionId.New(Clock), a.Child(101), D(2024, 1, 1), "内", Stamp());
        var outside = TrainingSession.Record(TrainingSessionId.New(Clock), b, D(2024, 1, 1), "外", Stamp());
        await CommitAsync<ITrainingStore>(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("trainer", [a]);

        Assert.NotNull(await ReadAsync<ITrainingStore, TrainingSession?>(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync<ITrainingStore, TrainingSession?>(s => s.FindAsync(outside.Id), scope));
        Assert.Empty(await ReadAsync<ITrainingStore, List<TrainingSession>>(s => ToListAsync(s.QueryAsync(new TrainingQuery(Within: b))), scope));

        await using var session = await OpenSessionAsync(scope);
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            session.GetStore<ITrainingStore>().SaveAsync(TrainingSession.Record(TrainingSessionId.New(Clock), b, D(2024, 2, 1), "越权", Stamp())));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var id = TrainingSessionId.New(Clock);
        await CommitAsync<ITrainingStore>(s => s.SaveAsync(TrainingSession.Record(id, NewCounty(), D(2024, 1, 1), "计数", Stamp())));

        await AssertStaleWriteRejectedAsync<ITrainingStore, TrainingSession>(
            s => s.FindAsync(id), (t, writer) => t.RecordUnregisteredTrainees(writer, Stamp()), (s, t) => s.SaveAsync(t), t => t.UnregisteredTrainees);
        await AssertNoLostUpdatesAsync<ITrainingStore, TrainingSession>(
            s => s.FindAsync(id), t => t.UnregisteredTrainees, (t, n) => t.RecordUnregisteredTrainees(n, Stamp()), (s, t) => s.SaveAsync(t));
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var id = TrainingSessionId.New(Clock);
        await using var session = await OpenSessionAsync();
        var store = RequireStore<ITrainingStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new TrainingQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(TrainingSession.Record(id, NewCounty(), D(2024, 1, 1), "取消", Stamp()), t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<ITrainingStore, TrainingSession?>(s => s.FindAsync(id)));
    }
}
