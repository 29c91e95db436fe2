namespace Fengqiao.Storage.Sqlite;

/// <summary>
/// The stable error codes of the SQLite backend (SQLite 存储错误码), carried by
/// <see cref="Errors.StorageException"/>. Conflicts use the kernel's
/// <see cref="Errors.ErrorCodes.ConcurrencyConflict"/> and a newer schema
/// <see cref="Errors.ErrorCodes.SchemaTooNew"/>.
/// </summary>
public static class SqliteErrorCodes
{
    /// <summary>The database stayed locked by another writer for longer than the busy timeout.</summary>
    public const string Busy = "Storage.Sqlite.Busy";

    /// <summary>The database file is damaged or is not a SQLite database.</summary>
    public const string Corrupt = "Storage.Sqlite.Corrupt";

    /// <summary>The disk (or the quota) is full; nothing of the failed unit of work was written.</summary>
    public const string DiskFull = "Storage.Sqlite.DiskFull";

    /// <summary>The database file cannot be opened or written (missing folder, permissions, read-only medium).</summary>
    public const string CannotOpen = "Storage.Sqlite.CannotOpen";

    /// <summary>SQLite reported another error; the message names its result code.</summary>
    public const string Failed = "Storage.Sqlite.Failed";
}
