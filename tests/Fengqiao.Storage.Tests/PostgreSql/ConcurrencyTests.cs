using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Storage.Tests.PostgreSql.Support;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ConcurrencyTests(PostgreSqlClusterFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2025, 5, 1, 8, 0);

    [PostgreSqlFact]
    public async Task Saving_advances_the_version_and_reading_returns_it()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var parcel = NewParcel("330681003");
        long committed = 0;

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(parcel, 0, v => committed = v);
            await session.CommitAsync();
        }

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(parcel with { Name = "Renamed" }, 1, v => committed = v);
            await session.CommitAsync();
        }

        await using var reader = await provider.OpenSessionAsync(Everywhere);
        var stored = await reader.GetStore<ParcelStore>().FindAsync(parcel.Id);
        Assert.Equal(2, committed);
        Assert.Equal(2, stored!.Value.Version);
        Assert.Equal("Renamed", stored.Value.State.Name);
        Assert.Equal(parcel.RecordedOn, stored.Value.State.RecordedOn);
        Assert.Equal(parcel.UpdatedAt, stored.Value.State.UpdatedAt);
        Assert.Equal(parcel.Shape, stored.Value.State.Shape);
    }

    [PostgreSqlFact]
    public async Task A_second_insert_of_the_same_aggregate_is_a_conflict()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var parcel = NewParcel("330681004");
        await using (var first = await provider.OpenSessionAsync(Everywhere))
        {
            first.GetStore<ParcelStore>().Save(parcel, 0);
            await first.CommitAsync();
        }

        await using var second = await provider.OpenSessionAsync(Everywhere);
        second.GetStore<ParcelStore>().Save(parcel with { Name = "Mine" }, 0);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.CommitAsync());

        Assert.Equal("Parcel", conflict.AggregateKind);
        Assert.Equal(parcel.Id.ToString(), conflict.AggregateId);
        Assert.Equal(0, conflict.ExpectedVersion);
    }

    [PostgreSqlFact]
    public async Task A_stale_update_writes_nothing_of_its_unit_of_work()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var contested = NewParcel("330681005");
        var bystander = NewParcel("330681005");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(contested, 0);
            await setup.CommitAsync();
        }

        // Two officers read version 1; the first commits, the second is stale.
        await using (var winner = await provider.OpenSessionAsync(Everywhere))
        {
            winner.GetStore<ParcelStore>().Save(contested with { Name = "Winner" }, 1);
            await winner.CommitAsync();
        }

        var auditId = Guid.CreateVersion7();
        await using var loser = await provider.OpenSessionAsync(Everywhere);
        loser.GetStore<ParcelStore>().Save(bystander, 0);
        loser.GetStore<ParcelStore>().Save(contested with { Name = "Loser" }, 1);
        loser.Audit(new AuditEntry(auditId, At, "officer-2", "test.update", "Parcel", contested.Id.ToString(), null, null));
        loser.Publish(new ParcelRenamed(At, contested.Id));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => loser.CommitAsync());

        Assert.Equal(0L, await CountAsync(provider, $"parcels WHERE id = '{bystander.Id}'"));
        Assert.Equal("Winner", await ScalarAsync(provider, $"SELECT name FROM fengqiao.parcels WHERE id = '{contested.Id}'"));
        Assert.Equal(0L, await CountAsync(provider, $"audit_log WHERE id = '{auditId}'"));
        Assert.Equal(0L, await CountAsync(provider, $"outbox WHERE payload::text LIKE '%{contested.Id}%'"));
    }

    [PostgreSqlFact]
    public async Task A_delete_checks_the_version_too()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var parcel = NewParcel("330681006");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(parcel, 0);
            await setup.CommitAsync();
        }

        await using (var stale = await provider.OpenSessionAsync(Everywhere))
        {
            stale.GetStore<ParcelStore>().Delete(parcel, 2);
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.CommitAsync());
        }

        await using (var current = await provider.OpenSessionAsync(Everywhere))
        {
            current.GetStore<ParcelStore>().Delete(parcel, 1);
            await current.CommitAsync();
        }

        Assert.Equal(0L, await CountAsync(provider, $"parcels WHERE id = '{parcel.Id}'"));
    }

    [PostgreSqlFact]
    public async Task Of_many_concurrent_updates_from_one_version_exactly_one_wins()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var parcel = NewParcel("330681007");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(parcel, 0);
            await setup.CommitAsync();
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var session = await provider.OpenSessionAsync(Everywhere);
            session.GetStore<ParcelStore>().Save(parcel with { Name = "Writer " + i }, 1);
            try
            {
                await session.CommitAsync();
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        Assert.Equal(2L, await ScalarAsync(provider, $"SELECT version FROM fengqiao.parcels WHERE id = '{parcel.Id}'"));
    }

    [PostgreSqlFact]
    public async Task A_unit_of_work_commits_its_audit_entries_and_events_with_its_changes()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var parcel = NewParcel("330681008");
        var auditId = Guid.CreateVersion7();

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(parcel, 0);
            session.Audit(new AuditEntry(auditId, At, "officer-1", "test.create", "Parcel", parcel.Id.ToString(), parcel.Code, "registration"));
            session.Publish(new ParcelRenamed(At, parcel.Id));
            await session.CommitAsync();
        }

        var audit = await provider.AuditLog.QueryAsync(new AuditQuery(SubjectId: parcel.Id.ToString())).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(auditId, entry.Id);
        Assert.Equal(parcel.Code, entry.Jurisdiction);
        Assert.Equal("registration", entry.Purpose);
        var pending = await provider.Outbox.ReadPendingAsync(1000).ToListAsync();
        var message = Assert.Single(pending, m => m.Payload.Contains(parcel.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(DomainEventSerializer.ToOutboxMessage(new ParcelRenamed(At, parcel.Id)).Payload, message.Payload);
    }

    [PostgreSqlFact]
    public async Task An_update_clashing_on_another_unique_index_is_a_conflict_of_that_aggregate()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("unique"));
        await ExecuteAsync(provider, "CREATE UNIQUE INDEX parcels_name_ux ON fengqiao.parcels (county_code, name)");
        var first = NewParcel("330681010", "First");
        var second = NewParcel("330681010", "Second");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(first, 0);
            setup.GetStore<ParcelStore>().Save(second, 0);
            await setup.CommitAsync();
        }

        var bystander = NewParcel("330681010", "Bystander");
        await using var session = await provider.OpenSessionAsync(Everywhere);
        session.GetStore<ParcelStore>().Save(bystander, 0);
        session.GetStore<ParcelStore>().Save(second with { Name = "First" }, 1);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());

        Assert.Equal(second.Id.ToString(), conflict.AggregateId);
        Assert.Equal(2L, await CountAsync(provider, "parcels"));
    }

    private sealed record ParcelRenamed(Instant OccurredAt, Guid ParcelId) : DomainEvent(OccurredAt);
}
