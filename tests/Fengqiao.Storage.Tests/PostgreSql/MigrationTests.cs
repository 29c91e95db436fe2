using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class MigrationTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task A_fresh_database_gets_the_schema_and_records_each_version_once()
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = await fixture.CreateDatabaseAsync("fresh") });

        await provider.MigrateAsync();

        var versions = await ScalarAsync(provider, "SELECT string_agg(version::text, ',' ORDER BY version) FROM fengqiao.schema_version");
        Assert.Equal(string.Join(',', Enumerable.Range(1, Fengqiao.Storage.PostgreSql.Schema.Migration.LatestVersion)), versions);
        Assert.Equal(true, await ScalarAsync(provider, "SELECT to_regclass('fengqiao.audit_log') IS NOT NULL AND to_regclass('fengqiao.outbox') IS NOT NULL"));
    }

    [PostgreSqlFact]
    public async Task Migrating_again_changes_nothing_and_keeps_the_data()
    {
        var database = await fixture.CreateDatabaseAsync("again");
        await using (var first = new PostgreSqlStorageProvider(new() { ConnectionString = database }))
        {
            await first.AuditLog.AppendAsync(new Auditing.AuditEntry(Guid.CreateVersion7(), NodaTime.Instant.FromUtc(2025, 1, 2, 3, 4), "officer-1", "grids.grid.read", "Grid", "g-1", null, null));
        }

        await using var second = new PostgreSqlStorageProvider(new() { ConnectionString = database });
        await second.MigrateAsync();
        await second.MigrateAsync();

        Assert.Equal(1L, await CountAsync(second, "audit_log"));
        Assert.Equal((long)Fengqiao.Storage.PostgreSql.Schema.Migration.LatestVersion, await CountAsync(second, "schema_version"));
    }

    [PostgreSqlFact]
    public async Task Providers_starting_together_apply_each_script_once()
    {
        var database = await fixture.CreateDatabaseAsync("together");
        var providers = Enumerable.Range(0, 6).Select(_ => new PostgreSqlStorageProvider(new() { ConnectionString = database })).ToList();
        try
        {
            await Task.WhenAll(providers.Select(p => Task.Run(() => p.MigrateAsync())));

            Assert.Equal((long)Fengqiao.Storage.PostgreSql.Schema.Migration.LatestVersion, await CountAsync(providers[0], "schema_version"));
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
    }

    [PostgreSqlFact]
    public async Task A_schema_newer_than_the_library_is_refused_and_left_alone()
    {
        var database = await fixture.CreateDatabaseAsync("newer");
        await using (var current = new PostgreSqlStorageProvider(new() { ConnectionString = database }))
        {
            await current.MigrateAsync();
            await ExecuteAsync(current, "INSERT INTO fengqiao.schema_version (version, description) VALUES (9999, 'from the future')");
        }

        await using var older = new PostgreSqlStorageProvider(new() { ConnectionString = database });
        var error = await Assert.ThrowsAsync<StorageException>(() => older.MigrateAsync());

        Assert.Equal(ErrorCodes.SchemaTooNew, error.Code);
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Equal(9999, await ScalarAsync(older, "SELECT max(version) FROM fengqiao.schema_version"));
    }

    [PostgreSqlTheory]
    [InlineData("county_data")]
    [InlineData("user")]
    public async Task Opening_a_session_migrates_on_first_use_in_the_configured_schema(string schema)
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = await fixture.CreateDatabaseAsync("lazy"), Schema = schema });

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.Audit(new Auditing.AuditEntry(Guid.CreateVersion7(), NodaTime.Instant.FromUtc(2025, 1, 2, 3, 4), "officer-1", "grids.grid.read", "Grid", "g-1", null, null));
            await session.CommitAsync();
        }

        Assert.Equal(true, await ScalarAsync(provider, $"SELECT to_regclass('\"{schema}\".outbox') IS NOT NULL"));
        Assert.Equal(1L, await ScalarAsync(provider, $"SELECT count(*) FROM \"{schema}\".audit_log"));
        Assert.Equal(false, await ScalarAsync(provider, "SELECT to_regclass('fengqiao.outbox') IS NOT NULL"));
    }

    [PostgreSqlFact]
    public async Task A_provider_over_a_read_only_server_starts_when_the_schema_is_current()
    {
        var database = await fixture.CreateDatabaseAsync("standby");
        await using (var primary = new PostgreSqlStorageProvider(new() { ConnectionString = database }))
        {
            await primary.MigrateAsync();
        }

        // What a hot standby does to every transaction.
        var readOnly = new Npgsql.NpgsqlConnectionStringBuilder(database) { Options = "-c default_transaction_read_only=on" }.ConnectionString;
        await using var standby = new PostgreSqlStorageProvider(new() { ConnectionString = readOnly });
        await standby.MigrateAsync();

        Assert.Empty(await standby.AuditLog.QueryAsync(new Auditing.AuditQuery()).ToListAsync());
        await using var fresh = new PostgreSqlStorageProvider(new() { ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(await fixture.CreateDatabaseAsync("standbyfresh")) { Options = "-c default_transaction_read_only=on" }.ConnectionString });
        var error = await Assert.ThrowsAsync<StorageException>(() => fresh.MigrateAsync());
        Assert.Equal("25006", error.Data["SqlState"]);
    }

    [Fact]
    public void Every_embedded_script_is_numbered_in_order_and_only_adds()
    {
        var scripts = Fengqiao.Storage.PostgreSql.Schema.Migration.All;

        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(s => s.Version));
        foreach (var script in scripts)
        {
            // Scripts are applied to databases holding data: nothing in them may remove or rewrite it.
            Assert.DoesNotMatch(@"(?i)\b(DROP\s+(TABLE|COLUMN|SCHEMA)|TRUNCATE|DELETE\s+FROM)\b", script.Sql);
        }
    }
}
