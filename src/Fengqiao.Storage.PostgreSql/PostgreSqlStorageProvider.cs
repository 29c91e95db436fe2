using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;
using Fengqiao.Storage.PostgreSql.Errors;
using Fengqiao.Storage.PostgreSql.Kernel;
using Fengqiao.Storage.PostgreSql.Resilience;
using Fengqiao.Storage.PostgreSql.Schema;
using Fengqiao.Storage.PostgreSql.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL backend (PostgreSQL 存储): aggregate tables partitioned by county code, the
/// audit log partitioned by month, the outbox, all in one schema that the provider creates and
/// migrates on first use. Each session's commit is one transaction, run again from the start
/// after a transient failure. Thread-safe; make one per database and dispose it at shutdown.
/// </summary>
public sealed partial class PostgreSqlStorageProvider : IStorageProvider, IAsyncDisposable
{
    private readonly Fengqiao.Privacy.IFieldProtector? _fieldProtector;

    /// <summary>Gets the field protector for stores that keep personal identifiers; refuses when the host configured none.</summary>
    internal Fengqiao.Privacy.IFieldProtector FieldProtector => _fieldProtector
        ?? throw Fengqiao.Errors.ValidationException.Of(Fengqiao.Privacy.PrivacyErrorCodes.KeyInvalid, "FieldProtector", "no field protector is configured (UseFieldProtection)");

    private readonly ConcurrentDictionary<object, TableSql> _tableSql = new();
    private readonly Dictionary<Type, object> _tablesByState = [];
    private readonly object _readyLock = new();
    private readonly ILogger _logger;
    private Task? _ready;

    /// <summary>Creates the provider. Nothing is sent to the server until the first session, or <see cref="MigrateAsync"/>.</summary>
    /// <param name="options">The connection string and tuning.</param>
    /// <param name="contributors">The modules' stores; when null, those this package ships (<see cref="Grids.PostgreSqlGridStores"/>).</param>
    /// <param name="loggerFactory">Receives retry warnings and migration notes; optional.</param>
    /// <exception cref="ValidationException">The options are invalid (code <see cref="ErrorCodes.OptionsInvalid"/>).</exception>
    public PostgreSqlStorageProvider(
        PostgreSqlStorageOptions options,
        IEnumerable<IStoreContributor<PostgreSqlStorageSession>>? contributors = null,
        ILoggerFactory? loggerFactory = null)
    {
        Guard.Against.Null(options);
        var validation = new PostgreSqlStorageOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw ValidationException.Of(ErrorCodes.OptionsInvalid, nameof(options), validation.FailureMessage);
        }

        Options = options;
        _fieldProtector = options.FieldProtector;
        Schema = options.Schema;
        QuotedSchema = SqlNames.Quote(Schema);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PostgreSqlStorageProvider>();
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.UseNodaTime();
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        options.ConfigureDataSource?.Invoke(builder);
        DataSource = builder.Build();
        Retry = new RetryPolicy(options.MaxAttempts, options.RetryBaseDelay, options.RetryMaxDelay, _logger);
        Partitions = new PartitionManager(DataSource, Schema, Retry, _logger);
        AuditLog = new PostgreSqlAuditLog(this);
        Outbox = new PostgreSqlOutbox(this);

        Stores.Add<IAuditLog>(_ => AuditLog);
        Stores.Add<IOutbox>(_ => Outbox);
        foreach (var contributor in contributors ?? [new Grids.PostgreSqlGridStores(), new Patrols.PostgreSqlPatrolStores(), new Disputes.PostgreSqlDisputeStores()])
        {
            contributor.Contribute(Stores);
        }

        // The bulk path needs no store, only the tables, which every migrated schema has.
        Grids.GridTables.AddBulkTables(this);
    }

    /// <inheritdoc/>
    public string Name => "postgresql";

    /// <summary>Gets the schema holding the library's tables.</summary>
    public string Schema { get; }

    /// <summary>Gets the store contracts this backend provides.</summary>
    public StoreRegistry<PostgreSqlStorageSession> Stores { get; } = new();

    /// <summary>Gets the audit log; entries appended here are written at once, outside any unit of work.</summary>
    public IAuditLog AuditLog { get; }

    /// <summary>Gets the outbox, for the host's dispatcher.</summary>
    public IOutbox Outbox { get; }

    /// <summary>Gets the Npgsql data source (connection pool) the provider uses, for health checks and the host's own queries.</summary>
    public NpgsqlDataSource DataSource { get; }

    internal PostgreSqlStorageOptions Options { get; }

    /// <summary>Gets the schema name quoted for SQL text (so that a name like <c>user</c> is not read as a keyword).</summary>
    internal string QuotedSchema { get; }

    internal RetryPolicy Retry { get; }

    internal PartitionManager Partitions { get; }

    /// <summary>
    /// Creates or migrates the schema now instead of on first use: safe to call from several
    /// processes at once and to repeat. Hosts that want a failed migration to stop start-up call it
    /// there.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; a migration already under way completes or rolls back on its own.</param>
    /// <returns>A task that completes when the schema is at the library's version.</returns>
    /// <exception cref="StorageException">The schema is newer than this library (<see cref="ErrorCodes.SchemaTooNew"/>), or the server failed.</exception>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => EnsureReadyAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<IStorageSession> OpenSessionAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(scope);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return new PostgreSqlStorageSession(this, scope);
    }

    /// <summary>Closes the pool's connections.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    /// <summary>Waits until the schema has been migrated by this provider (once; a failed attempt is tried again by the next caller).</summary>
    internal Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_readyLock)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                // Not tied to one caller's token: another caller may be waiting on the same migration.
                _ready = Task.Run(() => MigrateCoreAsync(CancellationToken.None), CancellationToken.None);
            }

            ready = _ready;
        }

        return ready.IsCompletedSuccessfully ? Task.CompletedTask : ready.WaitAsync(cancellationToken);
    }

    /// <summary>Registers a table whose rows <see cref="PostgreSqlStorageSession.StageBulkInsert{TState}"/> accepts as they are.</summary>
    internal void AddTable<TKey, TState>(AggregateTable<TKey, TState> table)
        where TKey : notnull => AddBulkTable<TState>(table);

    /// <summary>Registers how <see cref="PostgreSqlStorageSession.StageBulkInsert{TState}"/> writes a state record.</summary>
    internal void AddBulkTable<TState>(IBulkTable<TState> table)
    {
        lock (_tablesByState)
        {
            _tablesByState[typeof(TState)] = table;
        }
    }

    /// <summary>Finds the table of a state record registered with <see cref="AddTable{TKey, TState}"/>.</summary>
    internal IBulkTable<TState>? FindTable<TState>()
    {
        lock (_tablesByState)
        {
            return _tablesByState.TryGetValue(typeof(TState), out var table) ? table as IBulkTable<TState> : null;
        }
    }

    /// <summary>Gets the statements of a table in this provider's schema.</summary>
    internal TableSql SqlOf<TKey, TState>(AggregateTable<TKey, TState> table)
        where TKey : notnull =>
        _tableSql.GetOrAdd(table, _ => new TableSql(Schema, table.Name, table.Columns.Select(c => c.Name).ToList(), table.KeyColumn.Name));

    /// <summary>
    /// Runs a query and streams its rows. Opening and executing are retried after transient
    /// failures; once rows flow, a failure ends the stream (rows already handed out cannot be taken back).
    /// </summary>
    internal async IAsyncEnumerable<T> StreamAsync<T>(
        string sql,
        IReadOnlyList<NpgsqlParameter> parameters,
        Func<NpgsqlDataReader, T> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        var (connection, command, reader) = await Retry.ExecuteAsync(
            async ct =>
            {
                var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                try
                {
                    var command = new NpgsqlCommand(sql, connection);
                    foreach (var parameter in parameters)
                    {
                        command.Parameters.Add(parameter.Clone());
                    }

                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    return (connection, command, reader);
                }
                catch
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            },
            cancellationToken).ConfigureAwait(false);

        try
        {
            while (true)
            {
                T item;
                try
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    item = read(reader);
                }
                catch (NpgsqlException exception)
                {
                    throw PostgreSqlErrorTranslator.Translate(exception, attempts: 1);
                }

                yield return item;
            }
        }
        finally
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            await command.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs a statement on its own connection, retried after transient failures.</summary>
    internal async Task<int> ExecuteAsync(string sql, IReadOnlyList<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return await Retry.ExecuteAsync(
            async ct =>
            {
                var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var command = new NpgsqlCommand(sql, connection);
                await using var commandScope = command.ConfigureAwait(false);
                foreach (var parameter in parameters)
                {
                    command.Parameters.Add(parameter.Clone());
                }

                return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task MigrateCoreAsync(CancellationToken cancellationToken)
    {
        var applied = await Retry.ExecuteAsync(
            async ct =>
            {
                var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                return await SchemaMigrator.MigrateAsync(connection, Schema, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        if (applied > 0)
        {
            LogMigrated(_logger, Schema, applied, Migration.LatestVersion);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Applied {Count} schema script(s) to schema {Schema}; it is now at version {Version}")]
    private static partial void LogMigrated(ILogger logger, string schema, int count, int version);
}
