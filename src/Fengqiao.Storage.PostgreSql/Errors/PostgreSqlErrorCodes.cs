namespace Fengqiao.Storage.PostgreSql;

/// <summary>
/// The stable error codes of the PostgreSQL backend (PostgreSQL 存储错误码). The kernel's codes
/// (<see cref="Fengqiao.Errors.ErrorCodes"/>) cover conflicts, unavailability and a too-new schema;
/// these cover what only this backend reports.
/// </summary>
public static class PostgreSqlErrorCodes
{
    /// <summary>
    /// The server rejected a statement for a reason that is neither a version conflict nor transient.
    /// The message names the SQLSTATE and, where the server gives them, the table and constraint;
    /// never row values.
    /// </summary>
    public const string ServerError = "Storage.PostgreSql.ServerError";
}
