using Npgsql;

namespace Fengqiao.Storage.PostgreSql;

/// <summary>Options of the PostgreSQL backend (PostgreSQL 存储配置).</summary>
public sealed class PostgreSqlStorageOptions
{
    /// <summary>Gets or sets the Npgsql connection string, such as <c>Host=db;Database=fengqiao;Username=fengqiao</c>.</summary>
    /// <remarks>Pool sizes, timeouts and TLS settings are Npgsql's own keywords; see docs/postgresql.md.</remarks>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Gets or sets the schema that holds the library's tables; default <c>fengqiao</c>. Lower-case letters, digits and underscores.</summary>
    public string Schema { get; set; } = "fengqiao";

    /// <summary>Gets or sets how many times a unit of work runs at most when it meets transient failures (serialization failure, deadlock, lost connection); default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Gets or sets the wait before the first retry; later waits double, with jitter. Default 50 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Gets or sets the longest wait between two attempts; default 2 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets or sets a value indicating whether a county's partition is created the first time a row
    /// of that county is written (default). When false, rows of counties without a partition land
    /// in the table's default partition; a DBA then creates partitions ahead of time.
    /// </summary>
    public bool CreateCountyPartitions { get; set; } = true;

    /// <summary>Gets or sets a hook that adjusts the Npgsql data source (logging, TLS callbacks, extra type plugins).</summary>
    public Action<NpgsqlDataSourceBuilder>? ConfigureDataSource { get; set; }

    /// <summary>
    /// Gets or sets the protector that encrypts citizen IDs and phone numbers before they reach the
    /// database, and computes their lookup index. <c>UsePostgreSql(…)</c> takes the host's
    /// <see cref="Fengqiao.Privacy.IFieldProtector"/> when this is left null. Stores that keep personal
    /// identifiers refuse to write without one rather than store plaintext.
    /// </summary>
    public Fengqiao.Privacy.IFieldProtector? FieldProtector { get; set; }
}
