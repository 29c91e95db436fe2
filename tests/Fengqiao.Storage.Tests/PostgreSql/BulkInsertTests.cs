using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSql.Support;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class BulkInsertTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task Many_new_aggregates_are_copied_in_one_unit_of_work_at_version_1()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("bulk"));
        var parcels = Enumerable.Range(0, 5000).Select(i => NewParcel(i % 3 == 0 ? "330681001" : i % 3 == 1 ? "330682001001" : "330600")).ToList();
        var auditId = Guid.CreateVersion7();

        await using (var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere))
        {
            session.StageBulkInsert(parcels);
            session.Audit(new AuditEntry(auditId, Instant.FromUtc(2025, 7, 1, 0, 0), "importer", "test.import", "Parcel", "5000", null, null));
            await session.CommitAsync();
        }

        Assert.Equal(5000L, await CountAsync(provider, "parcels WHERE version = 1"));
        Assert.Equal(1667L, await CountAsync(provider, "parcels_330681"));
        Assert.Equal(1666L, await CountAsync(provider, "parcels_default"));
        Assert.Equal(1L, await CountAsync(provider, $"audit_log WHERE id = '{auditId}'"));

        await using var reader = await provider.OpenSessionAsync(Everywhere);
        var sample = parcels[4242];
        var stored = await reader.GetStore<ParcelStore>().FindAsync(sample.Id, sample.Code);
        Assert.Equal(sample with { Shape = null }, stored!.Value.State with { Shape = null });
        Assert.Equal(sample.Shape, stored.Value.State.Shape);
    }

    [PostgreSqlFact]
    public async Task A_bulk_holding_an_existing_aggregate_writes_nothing_and_names_it()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("bulkclash"));
        var existing = NewParcel("330681002");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(existing, 0);
            await setup.CommitAsync();
        }

        var batch = Enumerable.Range(0, 300).Select(_ => NewParcel("330681002")).Append(existing with { Name = "Imported again" }).ToList();
        await using var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere);
        session.StageBulkInsert(batch);
        session.Audit(new AuditEntry(Guid.CreateVersion7(), Instant.FromUtc(2025, 7, 1, 0, 0), "importer", "test.import", "Parcel", "301", null, null));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());

        Assert.Equal(existing.Id.ToString(), conflict.AggregateId);
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1L, await CountAsync(provider, "parcels"));
        Assert.Equal(0L, await CountAsync(provider, "audit_log"));
    }

    [PostgreSqlFact]
    public async Task The_same_aggregate_twice_in_one_bulk_is_a_conflict()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("bulktwice"));
        var twice = NewParcel("330681003");

        await using var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere);
        session.StageBulkInsert([NewParcel("330681003"), twice, twice]);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());

        Assert.Equal(twice.Id.ToString(), conflict.AggregateId);
        Assert.Equal(0L, await CountAsync(provider, "parcels"));
    }

    [PostgreSqlFact]
    public async Task A_state_without_a_table_is_refused_when_staged()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        await using var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere);

        var error = Assert.Throws<StorageException>(() => session.StageBulkInsert(new[] { "not a state" }));

        Assert.Equal(ErrorCodes.StoreNotSupported, error.Code);
    }
}
