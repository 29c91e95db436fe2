using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Npgsql;
using NodaTime;

namespace Fengqiao.Storage.Tests.PostgreSql.Support;

/// <summary>Helpers the PostgreSQL tests share: providers over a test database with the parcel table, and sample parcels.</summary>
internal static class PostgreSqlTestDatabase
{
    public static readonly AccessScope Everywhere = AccessScope.Unrestricted("system");

    private static readonly Instant Now = Instant.FromUtc(2025, 3, 14, 9, 30);

    /// <summary>Makes a provider over a database, migrated, with the parcel table created (once per database).</summary>
    public static async Task<PostgreSqlStorageProvider> OpenAsync(string connectionString, Action<PostgreSqlStorageOptions>? configure = null)
    {
        var options = new PostgreSqlStorageOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        var provider = new PostgreSqlStorageProvider(options, [new ParcelStoreContributor()]);
        provider.AddTable(ParcelStore.Table);
        await provider.MigrateAsync();
        if (!await ExistsAsync(provider, "parcels"))
        {
            await ExecuteAsync(provider, ParcelStore.CreateTableSql.Replace("{schema}", provider.Schema, StringComparison.Ordinal));
        }

        return provider;
    }

    /// <summary>Makes a provider over the test class's database.</summary>
    public static async Task<PostgreSqlStorageProvider> OpenAsync(PostgreSqlClusterFixture fixture, Type owner, Action<PostgreSqlStorageOptions>? configure = null) =>
        await OpenAsync(await fixture.DatabaseForAsync(owner), configure);

    public static Parcel NewParcel(string code, string? name = null) =>
        new(Guid.CreateVersion7(), JurisdictionCode.Parse(code), name ?? "Parcel " + code, new LocalDate(2025, 3, 14), Now, [1, 2, 3], "notes");

    public static async Task<object?> ScalarAsync(PostgreSqlStorageProvider provider, string sql)
    {
        await using var command = provider.DataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    public static async Task<long> CountAsync(PostgreSqlStorageProvider provider, string tableAndPredicate) =>
        Convert.ToInt64(await ScalarAsync(provider, $"SELECT count(*) FROM {provider.Schema}.{tableAndPredicate}"), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task ExecuteAsync(PostgreSqlStorageProvider provider, string sql)
    {
        await using var command = provider.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> PartitionsOfAsync(PostgreSqlStorageProvider provider, string table)
    {
        await using var command = provider.DataSource.CreateCommand(
            $"SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '{provider.Schema}.{table}'::regclass ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    private static async Task<bool> ExistsAsync(PostgreSqlStorageProvider provider, string table) =>
        await ScalarAsync(provider, $"SELECT to_regclass('{provider.Schema}.{table}') IS NOT NULL") is true;
}
