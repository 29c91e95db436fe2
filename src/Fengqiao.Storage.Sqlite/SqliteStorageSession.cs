using System.Diagnostics;
using Fengqiao.Access;
using Fengqiao.Diagnostics;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite;

/// <summary>
/// A session of the SQLite backend: one connection, used by one caller at a time. Reads run at once;
/// writes, audit entries and events are staged and committed by <see cref="StorageSession.CommitAsync"/>
/// in one <c>BEGIN IMMEDIATE</c> transaction, each distinct statement prepared once, so a session is
/// also the bulk path: stage thousands of aggregates, commit once, pay one fsync.
/// </summary>
public sealed class SqliteStorageSession : StorageSession
{
    // Keyed by (table, key): saving the same aggregate twice in one unit of work keeps the last state.
    private readonly Dictionary<(object Table, object Key), int> _slots = [];
    private readonly List<ISqliteStagedWrite> _writes = [];
    private readonly SqliteConnection _connection;

    // Prepared read statements by SQL text; a command in use is taken out, so nested reads get their own.
    private readonly Dictionary<string, SqliteCommand> _readCommands = new(StringComparer.Ordinal);

    internal SqliteStorageSession(SqliteStorageProvider provider, AccessScope scope, SqliteConnection connection)
        : base(scope)
    {
        Provider = provider;
        _connection = connection;
    }

    /// <summary>Gets the backend this session belongs to.</summary>
    public SqliteStorageProvider Provider { get; }

    /// <summary>Gets the number of aggregate writes staged and not yet committed.</summary>
    public int StagedWriteCount => _writes.Count;

    internal SqliteConnection Connection
    {
        get
        {
            ThrowIfDisposed();
            return _connection;
        }
    }

    /// <summary>Takes a read command for the SQL, reusing its prepared statement when the session ran it before.</summary>
    internal SqliteCommand RentReadCommand(string sql)
    {
        if (_readCommands.Remove(sql, out var command))
        {
            return command;
        }

        command = Connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Gives a read command back for reuse (a bounded number are kept).</summary>
    internal void ReturnReadCommand(SqliteCommand command)
    {
        if (_readCommands.Count >= 32 || !_readCommands.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }

    /// <summary>Stages an insert (expected version 0) or a versioned update of one aggregate's row.</summary>
    /// <remarks>Staging the same aggregate again replaces the earlier state; the after-commit action runs once.</remarks>
    internal void Stage<TKey, TRow>(SqliteTableMap<TKey, TRow> map, TKey key, TRow row, long expectedVersion, Action<long> onCommitted)
        where TKey : notnull
    {
        ThrowIfDisposed();
        var write = new SqliteStagedWrite<TKey, TRow>(map, key, row, expectedVersion);
        if (_slots.TryGetValue((map, key), out var index))
        {
            _writes[index] = write;
            return;
        }

        _slots.Add((map, key), _writes.Count);
        _writes.Add(write);
        OnCommitted(() => onCommitted(expectedVersion + 1));
    }

    /// <inheritdoc/>
    protected override object? CreateStore(Type storeType) => Provider.Stores.Create(storeType, this);

    /// <inheritdoc/>
    protected override bool IsStoreRegistered(Type storeType) => Provider.Stores.Contains(storeType);

    /// <inheritdoc/>
    protected override Task CommitCoreAsync(StagedCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_writes.Count == 0 && commit.AuditEntries.Count == 0 && commit.OutboxMessages.Count == 0)
        {
            return Task.CompletedTask;
        }

        using var activity = FengqiaoTelemetry.ActivitySource.StartActivity("fengqiao.sqlite.commit", ActivityKind.Internal);
        activity?.SetTag("fengqiao.writes", _writes.Count);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using (var batch = new SqliteCommitBatch(_connection, transaction))
            {
                foreach (var write in _writes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    write.Execute(batch);
                }

                foreach (var entry in commit.AuditEntries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var command = batch.Command(Provider.AuditLog, 0, SqliteAuditLog.CreateInsert);
                    SqliteAuditLog.Bind(command, entry);
                    command.ExecuteNonQuery();
                }

                foreach (var message in commit.OutboxMessages)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var command = batch.Command(Provider.Outbox, 0, SqliteOutbox.CreateInsert);
                    SqliteOutbox.Bind(command, message);
                    command.ExecuteNonQuery();
                }
            }

            // The last point where cancelling still leaves nothing behind; past it the commit is durable.
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw Provider.Translate(exception, "commit", cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override void DiscardStagedWrites()
    {
        _slots.Clear();
        _writes.Clear();
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeCoreAsync()
    {
        foreach (var command in _readCommands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _readCommands.Clear();
        await _connection.DisposeAsync().ConfigureAwait(false);
        await base.DisposeCoreAsync().ConfigureAwait(false);
    }
}
