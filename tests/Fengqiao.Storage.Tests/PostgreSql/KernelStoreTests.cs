using Fengqiao.Auditing;
using Fengqiao.Events;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class KernelStoreTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task The_audit_log_filters_and_orders_by_time()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("audit"));
        var start = Instant.FromUtc(2025, 2, 1, 0, 0);
        var entries = Enumerable.Range(0, 6).Select(i => new AuditEntry(
            Guid.CreateVersion7(),
            start.Plus(Duration.FromDays(i * 10)),
            i % 2 == 0 ? "officer-a" : "officer-b",
            "residents.resident.read-unmasked",
            "Resident",
            "r-" + (i % 3),
            JurisdictionCode.Parse("330681001"),
            "case 2025-17")).Reverse().ToList();
        foreach (var entry in entries)
        {
            await provider.AuditLog.AppendAsync(entry);
        }

        var byOfficer = await provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "officer-a")).ToListAsync();
        var window = await provider.AuditLog.QueryAsync(new AuditQuery(From: start.Plus(Duration.FromDays(10)), To: start.Plus(Duration.FromDays(40)))).ToListAsync();
        var bySubject = await provider.AuditLog.QueryAsync(new AuditQuery(SubjectKind: "Resident", SubjectId: "r-1", Action: "residents.resident.read-unmasked")).ToListAsync();

        Assert.Equal(entries.Where(e => e.PrincipalId == "officer-a").OrderBy(e => e.At), byOfficer);
        Assert.Equal([10, 20, 30], window.Select(e => (int)(e.At - start).TotalDays));
        Assert.Equal(2, bySubject.Count);
    }

    [PostgreSqlFact]
    public async Task An_append_repeated_after_a_lost_acknowledgement_is_stored_once()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var entry = new AuditEntry(Guid.CreateVersion7(), Instant.FromUtc(2025, 2, 3, 0, 0), "officer-twice", "a", "K", "1", null, null);

        await provider.AuditLog.AppendAsync(entry);
        await provider.AuditLog.AppendAsync(entry);

        Assert.Single(await provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "officer-twice")).ToListAsync());
    }

    [PostgreSqlFact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("appendonly"));
        await provider.AuditLog.AppendAsync(new AuditEntry(Guid.CreateVersion7(), Instant.FromUtc(2025, 2, 1, 0, 0), "officer", "a", "K", "1", null, null));

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => ExecuteAsync(provider, "UPDATE fengqiao.audit_log SET purpose = 'changed'"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => ExecuteAsync(provider, "DELETE FROM fengqiao.audit_log"));
        Assert.Equal(1L, await CountAsync(provider, "audit_log WHERE purpose IS NULL"));
    }

    [PostgreSqlFact]
    public async Task The_outbox_hands_out_pending_messages_in_write_order_until_dispatched()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("outbox"));
        var first = new GridAssigned(Instant.FromUtc(2025, 3, 1, 0, 0), "330681001002003", "  spaced  \"json\" ");
        var second = new GridAssigned(Instant.FromUtc(2025, 3, 2, 0, 0), "330681001002004", "网格员");
        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.Publish(second);
            session.Publish(first);
            await session.CommitAsync();
        }

        // Written order, not event time: a consumer sees events in the order the units of work stored them.
        var pending = await provider.Outbox.ReadPendingAsync(10).ToListAsync();
        Assert.Equal([second.OccurredAt, first.OccurredAt], pending.Select(m => m.OccurredAt));
        Assert.Equal(DomainEventSerializer.ToOutboxMessage(first).Payload, pending[1].Payload);
        Assert.Equal(typeof(GridAssigned).FullName, pending[0].EventType);
        Assert.Single(await provider.Outbox.ReadPendingAsync(1).ToListAsync());

        await provider.Outbox.MarkDispatchedAsync([pending[0].Id, Guid.CreateVersion7()], Instant.FromUtc(2025, 3, 3, 0, 0));

        var left = await provider.Outbox.ReadPendingAsync(10).ToListAsync();
        Assert.Equal([pending[1].Id], left.Select(m => m.Id));
        Assert.Equal(1L, await CountAsync(provider, "outbox WHERE dispatched_at = '2025-03-03T00:00:00Z'"));
    }

    [PostgreSqlFact]
    public async Task A_commit_is_traced_under_the_Fengqiao_activity_source()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var traced = new System.Collections.Concurrent.ConcurrentBag<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == Fengqiao.Diagnostics.FengqiaoTelemetry.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStopped = traced.Add,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<Support.ParcelStore>().Save(NewParcel("330681020"), 0);
            await session.CommitAsync();
        }

        var commit = Assert.Single(traced, a => a.OperationName == "fengqiao.postgresql.commit" && (int?)a.GetTagItem("fengqiao.writes") == 1);
        Assert.Equal(0, commit.GetTagItem("fengqiao.bulk_rows"));
    }

    [PostgreSqlFact]
    public async Task A_session_provides_the_kernel_stores()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        await using var session = await provider.OpenSessionAsync(Everywhere);

        Assert.Same(provider.AuditLog, session.GetStore<IAuditLog>());
        Assert.Same(provider.Outbox, session.GetStore<IOutbox>());
        Assert.False(session.SupportsStore<IDisposable>());
        Assert.Equal("postgresql", provider.Name);
    }

    private sealed record GridAssigned(Instant OccurredAt, string GridCode, string Note) : DomainEvent(OccurredAt);
}
