using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSql.Support;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

/// <summary>
/// Transient failures injected by a trigger on the parcel table: the first <c>n</c> inserts fail
/// (a sequence counts attempts, since it is not rolled back with them).
/// </summary>
[Collection(PostgreSqlTestGroup.Name)]
public sealed class TransientRetryTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task A_serialization_failure_reruns_the_whole_unit_of_work_once()
    {
        await using var provider = await OpenWithFailuresAsync("serialization", failures: 1, "RAISE EXCEPTION 'injected' USING ERRCODE = 'serialization_failure'");
        var parcel = NewParcel("330681011");
        var auditId = Guid.CreateVersion7();

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(parcel, 0);
            session.Audit(new AuditEntry(auditId, Instant.FromUtc(2025, 6, 1, 0, 0), "officer", "test.retry", "Parcel", parcel.Id.ToString(), null, null));
            await session.CommitAsync();
        }

        Assert.Equal(2L, await ScalarAsync(provider, "SELECT last_value FROM fengqiao.attempts"));
        Assert.Equal(1L, await CountAsync(provider, $"parcels WHERE id = '{parcel.Id}'"));
        Assert.Equal(1L, await CountAsync(provider, $"audit_log WHERE id = '{auditId}'"));
    }

    [PostgreSqlFact]
    public async Task A_deadlock_is_retried_too()
    {
        await using var provider = await OpenWithFailuresAsync("deadlock", failures: 2, "RAISE EXCEPTION 'injected' USING ERRCODE = 'deadlock_detected'");

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(NewParcel("330681012"), 0);
            await session.CommitAsync();
        }

        Assert.Equal(3L, await ScalarAsync(provider, "SELECT last_value FROM fengqiao.attempts"));
        Assert.Equal(1L, await CountAsync(provider, "parcels"));
    }

    [PostgreSqlFact]
    public async Task A_connection_lost_mid_transaction_is_retried_on_a_new_connection()
    {
        await using var provider = await OpenWithFailuresAsync("terminated", failures: 1, "PERFORM pg_terminate_backend(pg_backend_pid())");

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(NewParcel("330681013"), 0);
            await session.CommitAsync();
        }

        Assert.Equal(1L, await CountAsync(provider, "parcels"));
    }

    [PostgreSqlFact]
    public async Task Retries_are_bounded_and_then_the_backend_is_reported_unavailable()
    {
        await using var provider = await OpenWithFailuresAsync("bounded", failures: 1000, "RAISE EXCEPTION 'injected' USING ERRCODE = 'serialization_failure'", maxAttempts: 3);

        await using var session = await provider.OpenSessionAsync(Everywhere);
        session.GetStore<ParcelStore>().Save(NewParcel("330681014"), 0);
        var error = await Assert.ThrowsAsync<StorageException>(() => session.CommitAsync());

        Assert.Equal(ErrorCodes.StorageUnavailable, error.Code);
        Assert.Contains("40001", error.Message, StringComparison.Ordinal);
        Assert.Equal(3L, await ScalarAsync(provider, "SELECT last_value FROM fengqiao.attempts"));
        Assert.Equal(0L, await CountAsync(provider, "parcels"));
    }

    private async Task<PostgreSqlStorageProvider> OpenWithFailuresAsync(string name, int failures, string failure, int maxAttempts = 3)
    {
        var provider = await OpenAsync(await fixture.CreateDatabaseAsync(name), o =>
        {
            o.MaxAttempts = maxAttempts;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await ExecuteAsync(provider, $"""
            CREATE SEQUENCE fengqiao.attempts;
            CREATE FUNCTION fengqiao.inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('fengqiao.attempts') <= {failures} THEN
                    {failure};
                END IF;
                RETURN NEW;
            END
            $$;
            CREATE TRIGGER inject_failure BEFORE INSERT ON fengqiao.parcels FOR EACH ROW EXECUTE FUNCTION fengqiao.inject_failure();
            """);
        return provider;
    }
}
