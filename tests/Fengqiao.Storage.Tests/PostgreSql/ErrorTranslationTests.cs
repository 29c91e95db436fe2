using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Npgsql;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ErrorTranslationTests(PostgreSqlClusterFixture fixture)
{
    // A made-up citizen ID number; it must never surface in an exception.
    private const string CitizenId = "33068119900307001X";

    [PostgreSqlFact]
    public async Task A_rejected_row_is_reported_by_SQLSTATE_without_its_values()
    {
        // Ask the server for every detail it can give: the translation must drop it anyway.
        var database = new NpgsqlConnectionStringBuilder(await fixture.DatabaseForAsync(GetType())) { IncludeErrorDetail = true }.ConnectionString;
        await using var provider = await OpenAsync(database);
        await ExecuteAsync(provider, "ALTER TABLE fengqiao.outbox ADD CONSTRAINT no_sensitive_events CHECK (event_type NOT LIKE '%Sensitive%')");

        await using var session = await provider.OpenSessionAsync(Everywhere);
        session.Publish(new SensitiveEventRaised(Instant.FromUtc(2025, 1, 1, 0, 0), CitizenId));
        var error = await Assert.ThrowsAsync<StorageException>(() => session.CommitAsync());

        Assert.Equal(PostgreSqlErrorCodes.ServerError, error.Code);
        Assert.Contains("23514", error.Message, StringComparison.Ordinal);
        Assert.Contains("no_sensitive_events", error.Message, StringComparison.Ordinal);
        Assert.Equal("23514", error.Data["SqlState"]);
        Assert.DoesNotContain(CitizenId, error.ToString(), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [PostgreSqlFact]
    public async Task An_unreachable_server_is_reported_unavailable_after_the_retries()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(await fixture.DatabaseForAsync(GetType())) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var provider = new Fengqiao.Storage.PostgreSql.PostgreSqlStorageProvider(new() { ConnectionString = unreachable, MaxAttempts = 2, RetryBaseDelay = TimeSpan.Zero });

        var error = await Assert.ThrowsAsync<StorageException>(() => provider.MigrateAsync());

        Assert.Equal(ErrorCodes.StorageUnavailable, error.Code);
    }

    private sealed record SensitiveEventRaised(Instant OccurredAt, string CitizenId) : DomainEvent(OccurredAt);
}
