namespace Fengqiao.Storage.Sqlite;

/// <summary>The SQLite <c>synchronous</c> setting the backend runs with, in WAL mode.</summary>
public enum SqliteDurability
{
    /// <summary><c>synchronous=FULL</c>: every commit is fsynced; a committed unit of work survives a power loss.</summary>
    Full = 0,

    /// <summary>
    /// <c>synchronous=NORMAL</c>: the WAL is fsynced only at checkpoints. The database stays consistent and
    /// survives a process crash, but a power loss or OS crash can lose the most recent commits.
    /// </summary>
    Normal = 1,
}
