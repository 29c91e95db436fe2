using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite;
using NodaTime;

namespace Fengqiao.Storage.Tests.Sqlite;

/// <summary>What the SQLite backend adds beyond the conformance kit: schema, PRAGMAs, errors, DI, bulk writes.</summary>
public sealed class SqliteBackendTests : IDisposable
{
    private static readonly AccessScope System = AccessScope.Unrestricted("tests");
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task A_new_database_gets_every_migration_in_WAL_mode()
    {
        using var provider = await _database.OpenAsync();

        Assert.Equal(Enumerable.Range(1, SqliteStorageProvider.LatestSchemaVersion), await ScalarsAsync<long>("SELECT version FROM schema_version ORDER BY version").ContinueWith(t => t.Result.Select(v => (int)v)));
        Assert.Equal("wal", Assert.Single(await ScalarsAsync<string>("PRAGMA journal_mode")));
    }

    [Fact]
    public async Task Reopening_applies_nothing_twice_and_keeps_the_data()
    {
        using (var provider = await _database.OpenAsync())
        {
            await provider.AuditLog.AppendAsync(Entry("kept"));
        }

        using (var again = await _database.OpenAsync())
        {
            Assert.Single(await ToListAsync(again.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "kept"))));
        }

        Assert.Equal(SqliteStorageProvider.LatestSchemaVersion, (await ScalarsAsync<long>("SELECT version FROM schema_version")).Count);
    }

    [Fact]
    public async Task A_database_newer_than_the_library_is_refused()
    {
        using (await _database.OpenAsync())
        {
        }

        await ExecuteAsync($"INSERT INTO schema_version (version, name, applied_at) VALUES ({SqliteStorageProvider.LatestSchemaVersion + 1}, '999_future.sql', 0)");

        var error = await Assert.ThrowsAsync<StorageException>(() => _database.OpenAsync());
        Assert.Equal(ErrorCodes.SchemaTooNew, error.Code);
    }

    [Fact]
    public void Migration_scripts_are_numbered_and_never_destructive()
    {
        var migrations = Fengqiao.Storage.Sqlite.Schema.SqliteMigrator.Migrations;

        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        foreach (var migration in migrations)
        {
            var sql = string.Join('\n', migration.Sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).ToUpperInvariant();
            Assert.DoesNotContain("DROP ", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("DELETE ", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("RENAME ", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("UPDATE ", sql, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(SqliteDurability.Full, 2L)]
    [InlineData(SqliteDurability.Normal, 1L)]
    public async Task Sessions_run_with_the_configured_durability_and_foreign_keys(SqliteDurability durability, long synchronous)
    {
        using var provider = await _database.OpenAsync(o => o.Durability = durability);
        await using var session = await provider.OpenSqliteSessionAsync(System);

        Assert.Equal(synchronous, Pragma(session, "synchronous"));
        Assert.Equal(1L, Pragma(session, "foreign_keys"));
        Assert.Equal(5000L, Pragma(session, "busy_timeout"));
    }

    [Fact]
    public async Task A_writer_locked_out_beyond_the_busy_timeout_fails_with_Busy_and_writes_nothing()
    {
        using var provider = await _database.OpenAsync(o => o.BusyTimeout = TimeSpan.FromMilliseconds(200));
        await using var blocker = new SqliteConnection(_database.ConnectionString);
        await blocker.OpenAsync();
        using var transaction = blocker.BeginTransaction(deferred: false);
        await using var session = await provider.OpenSessionAsync(System);
        session.Audit(Entry("locked-out"));

        var error = await Assert.ThrowsAsync<StorageException>(() => session.CommitAsync());

        Assert.Equal(SqliteErrorCodes.Busy, error.Code);
        transaction.Rollback();
        Assert.Empty(await ToListAsync(provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "locked-out"))));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_with_Corrupt_without_echoing_its_content()
    {
        await File.WriteAllTextAsync(_database.Path, "身份证 11010519491231002X 电话 13800000000 — not a database, just some text long enough to fill a header....");

        var error = await Assert.ThrowsAsync<StorageException>(() => _database.OpenAsync());

        Assert.Equal(SqliteErrorCodes.Corrupt, error.Code);
        Assert.DoesNotContain("11010519491231002X", error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task Messages_follow_the_UI_culture()
    {
        await File.WriteAllTextAsync(_database.Path, new string('x', 200));
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = await Assert.ThrowsAsync<StorageException>(() => _database.OpenAsync());
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var english = await Assert.ThrowsAsync<StorageException>(() => _database.OpenAsync());

            Assert.Contains("损坏", chinese.Message, StringComparison.Ordinal);
            Assert.Contains("damaged", english.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task A_conflict_message_names_the_aggregate_but_no_values()
    {
        using var provider = await _database.OpenAsync();
        var code = Fengqiao.Jurisdictions.JurisdictionCode.Parse("540127");
        var stamp = new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "tests");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var session = await provider.OpenSessionAsync(System);
            await session.GetStore<IJurisdictionStore>().SaveAsync(Jurisdiction.Establish(code, new LocalDate(2020, 1, 1), "墨竹工卡县" + attempt, DivisionKind.County, stamp));
            if (attempt == 0)
            {
                await session.CommitAsync();
                continue;
            }

            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());
            Assert.Contains("540127", conflict.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("墨竹工卡县", conflict.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_session_commits_thousands_of_aggregates_in_one_transaction()
    {
        const int count = 5_000;
        using var provider = await _database.OpenAsync();
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        var stamp = new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "import");
        var grids = new List<Grid>();
        await using (var session = await provider.OpenSqliteSessionAsync(System))
        {
            var store = session.GetStore<IGridStore>();
            for (var i = 0; i < count; i++)
            {
                var code = Fengqiao.Jurisdictions.JurisdictionCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{540127 + (i / 999 * 100):000000}101001{1 + (i % 999):000}"));
                var x = 91 + (i * 0.001);
                var square = factory.CreatePolygon([new(x, 29), new(x + 0.001, 29), new(x + 0.001, 29.001), new(x, 29.001), new(x, 29)]);
                var grid = Grid.Register(code, new LocalDate(2024, 1, 1), new GridAttributes("网格" + i, square), stamp);
                grids.Add(grid);
                await store.SaveAsync(grid);
            }

            Assert.Equal(count, session.StagedWriteCount);
            await session.CommitAsync();
            Assert.Equal(0, session.StagedWriteCount);
        }

        Assert.All(grids, g => Assert.Equal(1, g.Version));
        Assert.Equal(count, (long)Assert.Single(await ScalarsAsync<long>("SELECT COUNT(*) FROM grid")));
        Assert.Equal(count, (long)Assert.Single(await ScalarsAsync<long>("SELECT COUNT(*) FROM outbox")));
    }

    [Fact]
    public async Task UseSqlite_replaces_the_backend_and_can_be_called_twice()
    {
        var other = Path.Combine(Path.GetDirectoryName(_database.Path)!, Guid.NewGuid().ToString("N") + ".db");
        var services = new ServiceCollection()
            .AddFengqiao(f => f.UseSqlite($"Data Source={other}").UseSqlite(_database.ConnectionString, o => o.Durability = SqliteDurability.Normal))
            .BuildServiceProvider();
        await using (services)
        {
            var provider = Assert.IsType<SqliteStorageProvider>(services.GetRequiredService<IStorageProvider>());
            Assert.Same(provider.AuditLog, services.GetRequiredService<IAuditLog>());
            Assert.Same(provider.Outbox, services.GetRequiredService<IOutbox>());
            Assert.Equal(SqliteDurability.Normal, provider.Durability);
            await using var session = await provider.OpenSessionAsync(System);
            Assert.True(session.SupportsStore<IGridStore>());
            await provider.AuditLog.AppendAsync(Entry("via-di"));
        }

        Assert.False(File.Exists(other));
        Assert.Single(await ScalarsAsync<string>("SELECT principal_id FROM audit_log WHERE principal_id = 'via-di'"));
    }

    public void Dispose() => _database.Dispose();

    private static AuditEntry Entry(string principal) =>
        new(Guid.NewGuid(), Instant.FromUtc(2025, 1, 1, 0, 0), principal, "probe", "Probe", "p", null, null);

    private static long Pragma(SqliteStorageSession session, string name)
    {
        using var command = session.Connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)command.ExecuteScalar()!;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private async Task<List<T>> ScalarsAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
