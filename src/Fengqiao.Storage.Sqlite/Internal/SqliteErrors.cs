using Fengqiao.Errors;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// Translates SQLite failures into the library's exceptions. Messages carry the SQLite result code
/// and the operation only: SQLite's own text and the command's parameter values (which may hold
/// personal data) are never copied; the provider exception stays available as the inner exception.
/// </summary>
internal static class SqliteErrors
{
    private const int Constraint = 19;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    public static bool IsUniqueViolation(SqliteException exception) =>
        exception.SqliteErrorCode == Constraint
        && exception.SqliteExtendedErrorCode is ConstraintPrimaryKey or ConstraintUnique;

    public static Exception Translate(SqliteException exception, string operation, TimeSpan busyTimeout, CancellationToken cancellationToken = default)
    {
        var code = exception.SqliteErrorCode;
        return code switch
        {
            5 or 6 => new StorageException(SqliteErrorCodes.Busy, SqliteErrorMessages.Format(SqliteErrorCodes.Busy, (long)busyTimeout.TotalMilliseconds), exception),
            9 => new OperationCanceledException(SqliteErrorMessages.Format(SqliteErrorCodes.Failed, code, operation), exception, cancellationToken),
            11 or 26 => new StorageException(SqliteErrorCodes.Corrupt, SqliteErrorMessages.Format(SqliteErrorCodes.Corrupt, code), exception),
            13 => new StorageException(SqliteErrorCodes.DiskFull, SqliteErrorMessages.Format(SqliteErrorCodes.DiskFull), exception),
            8 or 14 or 23 => new StorageException(SqliteErrorCodes.CannotOpen, SqliteErrorMessages.Format(SqliteErrorCodes.CannotOpen, code), exception),
            _ => new StorageException(SqliteErrorCodes.Failed, SqliteErrorMessages.Format(SqliteErrorCodes.Failed, exception.SqliteExtendedErrorCode, operation), exception),
        };
    }
}
