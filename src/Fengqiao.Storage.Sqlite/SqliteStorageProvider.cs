using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Events;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Fengqiao.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Sqlite;

/// <summary>
/// The SQLite backend (SQLite 存储): one database file in WAL mode, the schema created or upgraded on
/// first use, one connection per session, every unit of work committed in one transaction together
/// with its audit entries and outbox messages. Use it through <c>UseSqlite(…)</c> or on its own with
/// <see cref="OpenAsync(string, Action{SqliteStorageOptions}?, CancellationToken)"/>.
/// </summary>
public sealed class SqliteStorageProvider : IStorageProvider, IDisposable
{
    private readonly Fengqiao.Privacy.IFieldProtector? _fieldProtector;

    /// <summary>Gets the field protector for stores that keep personal identifiers; refuses when the host configured none.</summary>
    internal Fengqiao.Privacy.IFieldProtector FieldProtector => _fieldProtector
        ?? throw Fengqiao.Errors.ValidationException.Of(Fengqiao.Privacy.PrivacyErrorCodes.KeyInvalid, "FieldProtector", "no field protector is configured (UseFieldProtection)");

    private readonly SqliteConnector _connector;
    private readonly IClock _clock;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <summary>
    /// Creates the backend without touching the database; the schema is created or upgraded on the first
    /// session, append or query (or by <see cref="InitializeAsync"/>).
    /// </summary>
    /// <param name="options">The options; <see cref="SqliteStorageOptions.ConnectionString"/> is required.</param>
    /// <param name="contributors">The modules' SQLite stores; when null, the grids module's (<see cref="SqliteGridStores"/>).</param>
    /// <param name="clock">The clock that stamps schema upgrades; the system clock when null.</param>
    public SqliteStorageProvider(SqliteStorageOptions options, IEnumerable<IStoreContributor<SqliteStorageSession>>? contributors = null, IClock? clock = null)
    {
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.ConnectionString);
        Guard.Against.OutOfRange(options.BusyTimeout, nameof(options), TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        _connector = new SqliteConnector(options);
        _clock = clock ?? SystemClock.Instance;
        Durability = options.Durability;
        _fieldProtector = options.FieldProtector;
        AuditLog = new SqliteAuditLog(this);
        Outbox = new SqliteOutbox(this);
        Stores.Add<IAuditLog>(_ => AuditLog);
        Stores.Add<IOutbox>(_ => Outbox);
        foreach (var contributor in contributors ?? [new SqliteGridStores(), new Patrols.SqlitePatrolStores(), new Disputes.SqliteDisputeStores()])
        {
            contributor.Contribute(Stores);
        }
    }

    /// <inheritdoc/>
    public string Name => "sqlite";

    /// <summary>Gets the schema version this library creates and understands.</summary>
    public static int LatestSchemaVersion => SqliteMigrator.LatestVersion;

    /// <summary>Gets the store contracts this backend provides.</summary>
    public StoreRegistry<SqliteStorageSession> Stores { get; } = new();

    /// <summary>Gets the audit log in the same database.</summary>
    public SqliteAuditLog AuditLog { get; }

    /// <summary>Gets the outbox in the same database.</summary>
    public SqliteOutbox Outbox { get; }

    /// <summary>Gets the durability the backend commits with.</summary>
    public SqliteDurability Durability { get; }

    /// <summary>Opens a database, creating or upgrading its schema, with the kernel's and the grids module's stores.</summary>
    /// <param name="connectionString">The connection string, such as <c>Data Source=fengqiao.db</c>.</param>
    /// <param name="configure">Changes further options.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The ready backend; dispose it to release its pooled connections.</returns>
    /// <exception cref="Errors.StorageException">The file cannot be opened, or its schema is newer than this library (<see cref="Errors.ErrorCodes.SchemaTooNew"/>).</exception>
    public static Task<SqliteStorageProvider> OpenAsync(string connectionString, Action<SqliteStorageOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        var options = new SqliteStorageOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        return OpenAsync(options, contributors: null, clock: null, cancellationToken);
    }

    /// <summary>Opens a database, creating or upgrading its schema.</summary>
    /// <param name="options">The options.</param>
    /// <param name="contributors">The modules' SQLite stores; when null, the grids module's.</param>
    /// <param name="clock">The clock that stamps schema upgrades; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The ready backend.</returns>
    public static async Task<SqliteStorageProvider> OpenAsync(SqliteStorageOptions options, IEnumerable<IStoreContributor<SqliteStorageSession>>? contributors, IClock? clock, CancellationToken cancellationToken = default)
    {
        var provider = new SqliteStorageProvider(options, contributors, clock);
        try
        {
            await provider.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Creates or upgrades the schema now, if that has not happened yet. Idempotent.</summary>
    /// <param name="cancellationToken">Cancels the upgrade; a cancelled upgrade writes nothing.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                SqliteMigrator.Migrate(connection, _clock, _connector.BusyTimeout, cancellationToken);
            }

            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask<IStorageSession> OpenSessionAsync(AccessScope scope, CancellationToken cancellationToken = default) =>
        await OpenSqliteSessionAsync(scope, cancellationToken).ConfigureAwait(false);

    /// <summary>Opens a session with its own connection; use it for bulk work (stage thousands of writes, commit once).</summary>
    /// <param name="scope">The access scope of its queries.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The session; dispose it to return its connection to the pool.</returns>
    public async ValueTask<SqliteStorageSession> OpenSqliteSessionAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(scope);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new SqliteStorageSession(this, scope, connection);
    }

    /// <summary>Releases the pooled connections to the database file (the file itself stays).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connector.ConnectionString);
        SqliteConnection.ClearPool(connection);
        _initializing.Dispose();
    }

    internal async ValueTask<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    internal Exception Translate(SqliteException exception, string operation, CancellationToken cancellationToken) =>
        SqliteErrors.Translate(exception, operation, _connector.BusyTimeout, cancellationToken);

    internal async Task<SqliteDataReader> ExecuteReaderAsync(SqliteCommand command, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw Translate(exception, operation, cancellationToken);
        }
    }

    internal async Task<bool> ReadAsync(SqliteDataReader reader, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw Translate(exception, operation, cancellationToken);
        }
    }
}
