using System.Globalization;
using Fengqiao.Errors;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Errors;

/// <summary>
/// Turns Npgsql's exceptions into the library's. A <see cref="PostgresException"/> carries the
/// server's message text, detail and context, which can quote row values (a failing row, a
/// duplicate key); none of that may reach a message or a log, so only the SQLSTATE and the names
/// of the table and constraint survive, and the server exception is not kept as the inner one.
/// </summary>
internal static class PostgreSqlErrorTranslator
{
    /// <summary>Translates a server error that is neither a conflict nor retried.</summary>
    public static StorageException ServerError(PostgresException exception)
    {
        var message = PostgreSqlErrorMessages.Format(PostgreSqlErrorCodes.ServerError, exception.SqlState, Describe(exception));
        var translated = new StorageException(PostgreSqlErrorCodes.ServerError, message);
        translated.Data["SqlState"] = exception.SqlState;
        return translated;
    }

    /// <summary>Translates a transient failure that outlived its retries.</summary>
    public static StorageException Unavailable(Exception lastFailure, int attempts)
    {
        var what = lastFailure is PostgresException pg
            ? "SQLSTATE " + pg.SqlState
            : lastFailure.GetType().Name;
        var message = PostgreSqlErrorMessages.Format(ErrorCodes.StorageUnavailable, attempts, what);

        // A connection-level exception says nothing about rows (socket errors, timeouts), so it is kept for diagnostics.
        var translated = new StorageException(ErrorCodes.StorageUnavailable, message, lastFailure is PostgresException ? null : lastFailure);
        if (lastFailure is PostgresException server)
        {
            translated.Data["SqlState"] = server.SqlState;
        }

        return translated;
    }

    /// <summary>Translates any Npgsql exception that is not transient.</summary>
    public static StorageException Translate(NpgsqlException exception, int attempts) => exception is PostgresException pg
        ? ServerError(pg)
        : Unavailable(exception, attempts);

    private static string Describe(PostgresException exception)
    {
        // Table, column and constraint names are schema identifiers, never data.
        var parts = new List<string>(3);
        if (!string.IsNullOrEmpty(exception.TableName))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"table {exception.TableName}"));
        }

        if (!string.IsNullOrEmpty(exception.ConstraintName))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"constraint {exception.ConstraintName}"));
        }

        if (!string.IsNullOrEmpty(exception.ColumnName))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"column {exception.ColumnName}"));
        }

        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }
}
