using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// Opens connections with the backend's settings. Each session, append and query gets its own
/// connection (pooled by Microsoft.Data.Sqlite), so no connection is ever shared across threads.
/// </summary>
internal sealed class SqliteConnector
{
    private readonly string _pragmas;

    public SqliteConnector(SqliteStorageOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString)
        {
            // Microsoft.Data.Sqlite retries busy statements until the command timeout (whole seconds);
            // SQLite's own busy handler waits busy_timeout milliseconds inside each attempt.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        ConnectionString = builder.ToString();
        BusyTimeout = options.BusyTimeout;
        var synchronous = options.Durability == SqliteDurability.Full ? "FULL" : "NORMAL";
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA foreign_keys = ON; PRAGMA synchronous = {synchronous}; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
    }

    public string ConnectionString { get; }

    public TimeSpan BusyTimeout { get; }

    public async ValueTask<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SqliteErrors.Translate(exception, "open", BusyTimeout, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
