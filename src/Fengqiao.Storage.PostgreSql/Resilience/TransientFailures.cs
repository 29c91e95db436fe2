using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Resilience;

/// <summary>
/// Decides which failures are worth running a whole unit of work again: the server gave up on
/// the transaction (serialization failure, deadlock), the server went away or refused for now
/// (shutdown, failover, too many connections), or the connection broke.
/// </summary>
internal static class TransientFailures
{
    /// <summary>Gets a value indicating whether a failure is transient.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException server => IsTransientSqlState(server.SqlState),
        NpgsqlException client => client.IsTransient,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>Gets a value indicating whether a SQLSTATE denotes a transient failure.</summary>
    public static bool IsTransientSqlState(string sqlState) => sqlState switch
    {
        "40001" => true, // serialization_failure
        "40P01" => true, // deadlock_detected
        "57P01" => true, // admin_shutdown: the backend was terminated, as in a failover
        "57P02" => true, // crash_shutdown
        "57P03" => true, // cannot_connect_now: starting up or in recovery
        "53300" => true, // too_many_connections
        _ => sqlState.StartsWith("08", StringComparison.Ordinal), // connection_exception class
    };
}
