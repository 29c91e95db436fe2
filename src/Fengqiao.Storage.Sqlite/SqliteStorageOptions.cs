namespace Fengqiao.Storage.Sqlite;

/// <summary>Options of the SQLite backend (SQLite 存储配置).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Gets or sets the Microsoft.Data.Sqlite connection string, such as <c>Data Source=fengqiao.db</c>.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets how hard each commit is pushed to disk. The default, <see cref="SqliteDurability.Full"/>,
    /// survives a power loss; <see cref="SqliteDurability.Normal"/> is faster but a power loss (not a
    /// process crash) can lose the last commits.
    /// </summary>
    public SqliteDurability Durability { get; set; } = SqliteDurability.Full;

    /// <summary>
    /// Gets or sets how long a session waits for another writer's lock before failing with
    /// <see cref="SqliteErrorCodes.Busy"/>. Default 5 seconds; at least 1 millisecond.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets the protector that encrypts citizen IDs and phone numbers before they reach the
    /// database, and computes their lookup index. <c>UseSqlite(…)</c> takes the host's
    /// <see cref="Fengqiao.Privacy.IFieldProtector"/> when this is left null. Stores that keep personal
    /// identifiers refuse to write without one rather than store plaintext.
    /// </summary>
    public Fengqiao.Privacy.IFieldProtector? FieldProtector { get; set; }
}
