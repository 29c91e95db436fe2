using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <content>The unit of work with aggregates: two divisions, audit entries and events commit all or nothing.</content>
public abstract partial class UnitOfWorkConformanceTests
{
    /// <summary>Two aggregates, an audit entry and their events commit together.</summary>
    [StorageFact]
    public async Task Two_aggregates_with_audit_and_events_commit_together()
    {
        var marker = NewMarker("uow-agg");
        var (a, b) = (NewCounty(), NewCounty());
        await using (var session = await OpenStagedSessionAsync(marker))
        {
            var store = RequireStore<IJurisdictionStore>(session);
            await store.SaveAsync(County(a));
            await store.SaveAsync(County(b));
            await session.CommitAsync();
        }

        await using var check = await OpenSessionAsync();
        var store2 = check.GetStore<IJurisdictionStore>();
        Assert.NotNull(await store2.FindAsync(a));
        Assert.NotNull(await store2.FindAsync(b));
        Assert.Single(await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker)));
        var pending = await KernelProbes.PendingAsync(check);
        Assert.Contains(pending, m => m.Payload.Contains(a.ToString(), StringComparison.Ordinal));
        Assert.Contains(pending, m => m.Payload.Contains(b.ToString(), StringComparison.Ordinal));
    }

    /// <summary>When the second of two staged writes is stale, the commit fails with a conflict and writes nothing: not the first aggregate, not the audit entry, not the events.</summary>
    [StorageFact]
    public async Task Stale_second_write_rejects_the_whole_commit()
    {
        var marker = NewMarker("uow-stale");
        var (fresh, stale) = (NewCounty(), NewCounty());
        await using (var setup = await OpenSessionAsync())
        {
            await RequireStore<IJurisdictionStore>(setup).SaveAsync(County(stale));
            await setup.CommitAsync();
        }

        await using (var session = await OpenStagedSessionAsync(marker))
        {
            var store = RequireStore<IJurisdictionStore>(session);
            var old = await store.FindAsync(stale);
            await using (var other = await OpenSessionAsync())
            {
                var newer = await other.GetStore<IJurisdictionStore>().FindAsync(stale);
                newer!.Rename(D(2021, 1, 1), "抢先改名", Stamp());
                await other.GetStore<IJurisdictionStore>().SaveAsync(newer);
                await other.CommitAsync();
            }

            old!.Rename(D(2022, 1, 1), "过期改名", Stamp());
            await store.SaveAsync(County(fresh));
            await store.SaveAsync(old);

            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());
            Assert.Equal(stale.ToString(), conflict.AggregateId);
        }

        await AssertNothingWrittenAsync(marker);
        await using var check = await OpenSessionAsync();
        Assert.Null(await check.GetStore<IJurisdictionStore>().FindAsync(fresh));
        Assert.Equal("抢先改名", (await check.GetStore<IJurisdictionStore>().FindAsync(stale))!.Current.Name);
        Assert.DoesNotContain(await KernelProbes.PendingAsync(check), m => m.Payload.Contains(fresh.ToString(), StringComparison.Ordinal));
    }

    /// <summary>An unserializable event fails the commit before anything of the aggregates is written.</summary>
    [StorageFact]
    public async Task Unserializable_event_leaves_the_aggregates_unwritten()
    {
        var marker = NewMarker("uow-agg-json");
        var code = NewCounty();
        await using (var session = await OpenStagedSessionAsync(marker))
        {
            await RequireStore<IJurisdictionStore>(session).SaveAsync(County(code));
            session.Publish(new UnserializableEvent(Clock.GetCurrentInstant()));
            await Assert.ThrowsAnyAsync<Exception>(() => session.CommitAsync());
        }

        await AssertNothingWrittenAsync(marker);
        await using var check = await OpenSessionAsync();
        Assert.Null(await check.GetStore<IJurisdictionStore>().FindAsync(code));
    }

    /// <summary>A commit cancelled after it started leaves the aggregates unwritten and their versions unchanged.</summary>
    [StorageFact]
    public async Task Cancelled_commit_leaves_the_aggregates_unwritten()
    {
        var marker = NewMarker("uow-agg-cancel");
        var county = County(NewCounty());
        using var cancellation = new CancellationTokenSource();
        await using (var session = await OpenStagedSessionAsync(marker))
        {
            await RequireStore<IJurisdictionStore>(session).SaveAsync(county);
            session.Publish(new CancellingEvent(Clock.GetCurrentInstant(), cancellation));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(cancellation.Token));
        }

        Assert.Equal(0, county.Version);
        await AssertNothingWrittenAsync(marker);
        await using var check = await OpenSessionAsync();
        Assert.Null(await check.GetStore<IJurisdictionStore>().FindAsync(county.Code));
    }

    /// <summary>Saving one aggregate twice in a unit of work stores the last state once, at the next version.</summary>
    [StorageFact]
    public async Task Saving_an_aggregate_twice_stores_the_last_state()
    {
        var county = County(NewCounty());
        await using (var session = await OpenSessionAsync())
        {
            var store = RequireStore<IJurisdictionStore>(session);
            await store.SaveAsync(county);
            county.Rename(D(2021, 1, 1), "第二次", Stamp());
            await store.SaveAsync(county);
            await session.CommitAsync();
        }

        Assert.Equal(1, county.Version);
        await using var check = await OpenSessionAsync();
        var read = await check.GetStore<IJurisdictionStore>().FindAsync(county.Code);
        Assert.Equal("第二次", read!.Current.Name);
        Assert.Equal(1, read.Version);
    }

    private Jurisdiction County(JurisdictionCode code) =>
        Jurisdiction.Establish(code, D(2020, 1, 1), "县" + code, DivisionKind.County, Stamp());

    private ChangeStamp Stamp() => new(Clock.GetCurrentInstant(), "conformance-kit");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
