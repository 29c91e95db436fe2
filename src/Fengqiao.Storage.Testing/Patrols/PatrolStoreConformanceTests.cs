using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IPatrolStore"/> (巡逻存储): round trip, queries, order, scope, concurrency, cancellation.</summary>
public abstract class PatrolStoreConformanceTests : PatrolsConformanceTests
{
    /// <summary>A patrol with legs, a pause, observations and a sortie round-trips, as does a bare one still active.</summary>
    [StorageFact]
    public async Task Patrols_round_trip()
    {
        var county = NewCounty();
        var full = SamplePatrol(county.Child(101), Local(2025, 3, 1, 8, 0), drone: true);
        var bare = Patrol.Start(PatrolId.New(Clock), county, PatrolKind.Mounted, PatrolObjective.PastureVisit, [new PatrolMember(PatrolRole.Auxiliary)], TrackPoint.Of(ConformanceValues.MaxInstant - Duration.FromDays(2), -180, 90), Shanghai, Stamp());
        await CommitAsync<IPatrolStore>(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync<IPatrolStore, Patrol?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            AssertSamePatrolState(expected.ToState(), read.ToState());
            Assert.Equal(expected.Measure().Metres, read.Measure().Metres);
        }
    }

    /// <summary>Queries by subtree and local start date return the matching patrols ordered by date, then id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var patrols = new[]
        {
            SamplePatrol(county.Child(101), Local(2025, 3, 2, 9, 0)),
            SamplePatrol(county, Local(2025, 3, 1, 9, 0)),
            // 23:30 UTC on 2 March is 07:30 on 3 March in Shanghai: it counts on the 3rd.
            SamplePatrol(county.Child(102), Instant.FromUtc(2025, 3, 2, 23, 30)),
        };
        await CommitAsync<IPatrolStore>(async s =>
        {
            foreach (var p in patrols)
            {
                await s.SaveAsync(p);
            }
        });

        async Task<PatrolId[]> Ids(PatrolQuery query) =>
            [.. (await ReadAsync<IPatrolStore, List<Patrol>>(s => ToListAsync(s.QueryAsync(query)))).Select(p => p.Id)];

        Assert.Equal([patrols[1].Id, patrols[0].Id, patrols[2].Id], await Ids(new PatrolQuery(Within: county)));
        Assert.Equal([patrols[0].Id], await Ids(new PatrolQuery(Within: county.Child(101))));
        Assert.Equal([patrols[2].Id], await Ids(new PatrolQuery(Within: county, From: D(2025, 3, 3), To: D(2025, 3, 4))));
        Assert.Empty(await Ids(new PatrolQuery(Within: county, From: D(2026, 1, 1))));
    }

    /// <summary>Patrols filed outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Patrols_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var inside = SamplePatrol(a.Child(101), Local(2025, 3, 1, 8, 0));
        var outside = SamplePatrol(b, Local(2025, 3, 1, 8, 0));
        await CommitAsync<IPatrolStore>(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("station", [a]);

        Assert.NotNull(await ReadAsync<IPatrolStore, Patrol?>(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync<IPatrolStore, Patrol?>(s => s.FindAsync(outside.Id), scope));
        Assert.Empty(await ReadAsync<IPatrolStore, List<Patrol>>(s => ToListAsync(s.QueryAsync(new PatrolQuery(Within: b))), scope));

        await using var session = await OpenSessionAsync(scope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IPatrolStore>().SaveAsync(SamplePatrol(b, Local(2025, 3, 2, 8, 0))));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var start = Local(2025, 3, 1, 8, 0);
        var patrol = Patrol.Start(PatrolId.New(Clock), NewCounty(), PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer)], TrackPoint.Of(start, 91, 29), Shanghai, Stamp());
        await CommitAsync<IPatrolStore>(s => s.SaveAsync(patrol));

        void Note(Patrol p, int n)
        {
            while (p.Observations.Count < n)
            {
                p.Observe(new PatrolObservation(ObservationKind.PublicityDone, start, null, "反诈宣传", []));
            }
        }

        await AssertStaleWriteRejectedAsync<IPatrolStore, Patrol>(s => s.FindAsync(patrol.Id), Note, (s, p) => s.SaveAsync(p), p => p.Observations.Count);
        await AssertNoLostUpdatesAsync<IPatrolStore, Patrol>(s => s.FindAsync(patrol.Id), p => p.Observations.Count, Note, (s, p) => s.SaveAsync(p), writers: 4, incrementsEach: 2);
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var patrol = SamplePatrol(NewCounty(), Local(2025, 3, 1, 8, 0));
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IPatrolStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(patrol.Id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new PatrolQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(patrol, t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IPatrolStore, Patrol?>(s => s.FindAsync(patrol.Id)));
    }
}
