using Fengqiao.Access;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Storage;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Samples.LegacyBackend;

/// <summary>
/// A third-party backend (第三方存储后端) over the bureau's <c>t_xzqh</c> tables. It provides one store
/// contract, <see cref="IJurisdictionStore"/>; every other contract is absent, which the conformance kit
/// reports as skipped.
/// </summary>
internal sealed class LegacyStorageProvider : IStorageProvider, IDisposable
{
    private LegacyStorageProvider(string connectionString)
    {
        ConnectionString = connectionString;
    }

    public string Name => "legacy-t_xzqh";

    public string ConnectionString { get; }

    /// <summary>Opens the legacy database (creating its tables when the file is new, for the sample's sake).</summary>
    public static async Task<LegacyStorageProvider> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var provider = new LegacyStorageProvider(connectionString);
        await using var connection = await provider.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + LegacySchema.Ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return provider;
    }

    public async ValueTask<IStorageSession> OpenSessionAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new LegacySession(scope, await OpenConnectionAsync(cancellationToken));
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
