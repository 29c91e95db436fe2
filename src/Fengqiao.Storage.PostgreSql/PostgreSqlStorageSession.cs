using System.Diagnostics;
using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Diagnostics;
using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql.Kernel;
using Fengqiao.Storage.PostgreSql.Schema;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql;

/// <summary>
/// A session of the PostgreSQL backend: one unit of work. Reads go to the server at once, each on
/// a pooled connection; writes are staged and sent at commit, in one transaction with the
/// unit's audit entries and outbox messages. The commit is run again from the start after a
/// transient failure; a version conflict is never retried.
/// </summary>
public sealed class PostgreSqlStorageSession : StorageSession
{
    // Commands per round trip: large units of work are sent in slices so neither side's buffers fill up.
    private const int BatchSize = 500;

    // Keyed by (table, key): saving the same aggregate twice in one unit of work keeps the last state.
    private readonly Dictionary<(string Table, string County, string Key), StagedWrite> _writes = [];
    private readonly List<StagedBulkInsert> _bulk = [];

    internal PostgreSqlStorageSession(PostgreSqlStorageProvider provider, AccessScope scope)
        : base(scope)
    {
        Provider = provider;
    }

    /// <summary>Gets the backend this session belongs to.</summary>
    public PostgreSqlStorageProvider Provider { get; }

    /// <summary>
    /// Stages many new aggregates at once, for imports (批量导入): at commit they are written with
    /// binary COPY, in the same transaction as the rest of the unit of work. Every record must be
    /// new — it is stored at version 1 — so a record whose key already exists, or that appears
    /// twice, fails the whole commit with a <see cref="ConcurrencyConflictException"/> and nothing
    /// is written. To change existing aggregates, save them through their store.
    /// </summary>
    /// <typeparam name="TState">A state record this backend stores, such as a grid's state.</typeparam>
    /// <param name="states">The records; read once, now.</param>
    /// <exception cref="StorageException">The backend has no table for <typeparamref name="TState"/> (code <see cref="ErrorCodes.StoreNotSupported"/>).</exception>
    /// <exception cref="ValidationException">A record lies outside the session's scope (code <see cref="ErrorCodes.OutsideScope"/>); nothing is staged.</exception>
    public void StageBulkInsert<TState>(IEnumerable<TState> states)
    {
        ThrowIfDisposed();
        Guard.Against.Null(states);
        var table = Provider.FindTable<TState>()
            ?? throw new StorageException(ErrorCodes.StoreNotSupported, Errors.PostgreSqlErrorMessages.Format(ErrorCodes.StoreNotSupported, typeof(TState).Name));
        var list = states as IReadOnlyList<TState> ?? states.ToList();
        if (list.Count > 0)
        {
            _bulk.Add(table.Stage(list, Scope));
        }
    }

    /// <summary>Stages an insert (expected version 0) or a compare-and-swap update of a state record.</summary>
    internal void StageSave<TKey, TState>(AggregateTable<TKey, TState> table, TState state, long expectedVersion, Action<long>? onCommitted = null)
        where TKey : notnull
    {
        ThrowIfDisposed();
        Guard.Against.Negative(expectedVersion);
        Stage(new StagedSave<TKey, TState>(table, state, expectedVersion));
        if (onCommitted is not null)
        {
            OnCommitted(() => onCommitted(expectedVersion + 1));
        }
    }

    /// <summary>Stages a compare-and-swap delete of a state record.</summary>
    internal void StageDelete<TKey, TState>(AggregateTable<TKey, TState> table, TState state, long expectedVersion)
        where TKey : notnull
    {
        ThrowIfDisposed();
        Guard.Against.NegativeOrZero(expectedVersion);
        Stage(new StagedDelete<TKey, TState>(table, state, expectedVersion));
    }

    /// <inheritdoc/>
    protected override object? CreateStore(Type storeType) => Provider.Stores.Create(storeType, this);

    /// <inheritdoc/>
    protected override bool IsStoreRegistered(Type storeType) => Provider.Stores.Contains(storeType);

    /// <inheritdoc/>
    protected override async Task CommitCoreAsync(StagedCommit commit, CancellationToken cancellationToken)
    {
        // Rows are written in one global order (table, county, key) so that two units of work
        // touching the same rows lock them in the same order and cannot deadlock each other.
        var writes = _writes.Values
            .OrderBy(w => w.Table, StringComparer.Ordinal)
            .ThenBy(w => w.CountyCode, StringComparer.Ordinal)
            .ThenBy(w => w.KeyText, StringComparer.Ordinal)
            .ToList();
        var bulk = _bulk.ToList();
        if (writes.Count == 0 && bulk.Count == 0 && commit.AuditEntries.Count == 0 && commit.OutboxMessages.Count == 0)
        {
            return;
        }

        using var activity = FengqiaoTelemetry.ActivitySource.StartActivity("fengqiao.postgresql.commit", ActivityKind.Internal);
        activity?.SetTag("fengqiao.writes", writes.Count);
        activity?.SetTag("fengqiao.bulk_rows", bulk.Sum(b => b.Count));
        try
        {
            await Provider.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
            await Provider.Partitions.EnsureAsync(PartitionsFor(writes, bulk, commit), cancellationToken).ConfigureAwait(false);
            await Provider.Retry.ExecuteAsync(ct => CommitOnceAsync(writes, bulk, commit, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    /// <inheritdoc/>
    protected override void DiscardStagedWrites()
    {
        _writes.Clear();
        _bulk.Clear();
    }

    /// <summary>
    /// Finds the command of a batch that failed: Npgsql names it in <see cref="NpgsqlException.BatchCommand"/>
    /// when it can; otherwise it is the first whose count was never set (the ones before it ran).
    /// </summary>
    private static int FailedCommandIndex(NpgsqlBatch batch, PostgresException exception)
    {
        if (exception.BatchCommand is { } failed && batch.BatchCommands.IndexOf(failed) is >= 0 and var named)
        {
            return named;
        }

        for (var i = 0; i < batch.BatchCommands.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected < 0)
            {
                return i;
            }
        }

        return 0;
    }

    private void Stage(StagedWrite write) => _writes[(write.Table, write.CountyCode, write.KeyText)] = write;

    private IEnumerable<Partition> PartitionsFor(List<StagedWrite> writes, List<StagedBulkInsert> bulk, StagedCommit commit)
    {
        if (Provider.Options.CreateCountyPartitions)
        {
            var counties = writes.Select(w => (w.Table, w.CountyCode))
                .Concat(bulk.SelectMany(b => b.CountyCodes.Select(c => (b.Table, CountyCode: c))))
                .Where(p => CountyPartitioning.IsCounty(p.Item2));
            foreach (var (table, county) in counties)
            {
                yield return Partition.ForCounty(table, county);
            }
        }

        foreach (var entry in commit.AuditEntries)
        {
            yield return Partition.ForMonth(KernelSql.AuditTable, entry.At);
        }
    }

    private async Task CommitOnceAsync(List<StagedWrite> writes, List<StagedBulkInsert> bulk, StagedCommit commit, CancellationToken cancellationToken)
    {
        var connection = await Provider.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);

        foreach (var rows in bulk)
        {
            try
            {
                await rows.CopyAsync(Provider, connection, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                throw await rows.FindConflictAsync(Provider, connection, cancellationToken).ConfigureAwait(false);
            }
        }

        for (var offset = 0; offset < writes.Count; offset += BatchSize)
        {
            var slice = writes.GetRange(offset, Math.Min(BatchSize, writes.Count - offset));
            var batch = new NpgsqlBatch(connection, transaction);
            await using var batchScope = batch.ConfigureAwait(false);
            foreach (var write in slice)
            {
                batch.BatchCommands.Add(write.ToCommand(Provider));
            }

            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // An update that clashes on a unique index other than the key lost a race too.
                throw slice[FailedCommandIndex(batch, exception)].Conflict();
            }

            for (var i = 0; i < slice.Count; i++)
            {
                if (batch.BatchCommands[i].RecordsAffected != 1)
                {
                    throw slice[i].Conflict();
                }
            }
        }

        await KernelSql.InsertAuditEntriesAsync(Provider, connection, commit.AuditEntries, cancellationToken).ConfigureAwait(false);
        await KernelSql.InsertOutboxMessagesAsync(Provider, connection, commit.OutboxMessages, cancellationToken).ConfigureAwait(false);

        // Once everything is written the commit goes through: a cancellation arriving while COMMIT
        // is on the wire would leave the caller unsure whether the unit of work was stored.
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
