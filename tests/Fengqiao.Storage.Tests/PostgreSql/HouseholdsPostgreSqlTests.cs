using System.Diagnostics;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Fengqiao.Storage.Tests.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using NodaTime;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlHouseholdsTests(PostgreSqlClusterFixture cluster) : HouseholdsConformanceTests
{
    private static readonly IFieldProtector Protector = AesGcmFieldProtector.CreateEphemeral();

    protected override async Task<IStorageProvider> CreateProviderAsync()
    {
        if (PostgreSqlAvailability.SkipReason is { } reason)
        {
            throw new StoreCapabilityMissingException(reason);
        }

        return new PostgreSqlStorageProvider(new() { ConnectionString = await cluster.DatabaseForAsync(GetType()), FieldProtector = Protector });
    }
}

/// <summary>A known citizen ID and phone never appear in any column of the households tables, a pg_dump, nor the provider's logs.</summary>
[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlHouseholdsPrivacyTests(PostgreSqlClusterFixture cluster)
{
    private static readonly string[] Tables = ["households", "residents", "key_persons", "standard_addresses", "houses", "premises", "visits", "outbox", "audit_log"];

    [PostgreSqlFact]
    public async Task The_canary_id_and_phone_never_reach_the_tables_a_dump_or_the_logs()
    {
        var canary = HouseholdsCanary.Create();
        var connectionString = await cluster.DatabaseForAsync(GetType());
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = logs;
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = connectionString, FieldProtector = AesGcmFieldProtector.CreateEphemeral() }, null, loggerFactory);
        await HouseholdsCanary.WriteEverywhereAsync(provider, canary, new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "tester"));
        await using (var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("test")))
        {
            Assert.Equal(canary.Phone, (await session.GetStore<IResidentStore>().FindByCitizenIdAsync(canary.Id))?.Mobile);
        }

        var everything = new System.Text.StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = provider.DataSource.CreateCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {provider.Schema}.{table} t");
            everything.AppendLine((string)(await command.ExecuteScalarAsync())!);
        }

        var dump = Dump(connectionString);

        Assert.Contains("fp1.", everything.ToString(), StringComparison.Ordinal);
        HouseholdsCanary.AssertAbsent(canary, everything.ToString());
        HouseholdsCanary.AssertAbsent(canary, string.Join("\n", logs.Messages));
        if (dump is not null)
        {
            Assert.Contains("fp1.", dump, StringComparison.Ordinal);
            HouseholdsCanary.AssertAbsent(canary, dump);
        }
    }

    // pg_dump beside the server binaries, when the fixture's installation has it; the table scan above covers the rest.
    private static string? Dump(string connectionString)
    {
        var bin = ThrowawayPostgreSqlCluster.FindBinDirectory();
        var pgDump = bin is null ? null : Path.Combine(bin, OperatingSystem.IsWindows() ? "pg_dump.exe" : "pg_dump");
        if (pgDump is null || !File.Exists(pgDump))
        {
            return null;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username ?? "postgres", "-d", builder.Database!, "--no-password" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return process.ExitCode == 0 ? output.Result : null;
    }

    private sealed class CapturingLoggerProvider : ILoggerFactory
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Messages)
                {
                    owner.Messages.Add(formatter(state, exception) + exception);
                }
            }
        }
    }
}
