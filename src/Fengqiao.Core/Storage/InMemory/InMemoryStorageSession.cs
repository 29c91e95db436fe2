using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Errors;

namespace Fengqiao.Storage.InMemory;

/// <summary>A session of the in-memory backend. Module stores stage their writes here.</summary>
public sealed class InMemoryStorageSession : StorageSession
{
    // Keyed by (table, key): saving the same aggregate twice in one unit of work keeps the last state.
    private readonly Dictionary<(object Table, object Key), IStagedWrite> _writes = [];
    private readonly List<(object Table, object Key)> _order = [];

    internal InMemoryStorageSession(InMemoryStorageProvider provider, AccessScope scope)
        : base(scope)
    {
        Provider = provider;
    }

    /// <summary>Gets the backend this session belongs to, for stores to reach its tables.</summary>
    public InMemoryStorageProvider Provider { get; }

    /// <summary>Stages an insert or update of a row, checked against <paramref name="expectedVersion"/> at commit.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The row's key.</param>
    /// <param name="row">The new state.</param>
    /// <param name="expectedVersion">The version the change was based on; 0 for a new row.</param>
    /// <param name="onCommitted">Called with the new version after a successful commit.</param>
    public void StageUpsert<TKey, TRow>(InMemoryTable<TKey, TRow> table, TKey key, TRow row, long expectedVersion, Action<long>? onCommitted = null)
        where TKey : notnull
    {
        ThrowIfDisposed();
        Guard.Against.Null(table);
        Guard.Against.Negative(expectedVersion);
        var slot = ((object)table, (object)key);
        if (!_writes.ContainsKey(slot))
        {
            _order.Add(slot);
        }

        _writes[slot] = new StagedUpsert<TKey, TRow>(table, key, row, expectedVersion);
        if (onCommitted is not null)
        {
            OnCommitted(() => onCommitted(expectedVersion + 1));
        }
    }

    /// <inheritdoc/>
    protected override object? CreateStore(Type storeType) => Provider.Stores.Create(storeType, this);

    /// <inheritdoc/>
    protected override bool IsStoreRegistered(Type storeType) => Provider.Stores.Contains(storeType);

    /// <inheritdoc/>
    protected override Task CommitCoreAsync(StagedCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var writes = _order.Select(slot => _writes[slot]).ToList();
        lock (Provider.CommitLock)
        {
            foreach (var write in writes)
            {
                write.Check();
            }

            foreach (var write in writes)
            {
                write.Apply();
            }

            Provider.AuditLog.AppendRange(commit.AuditEntries);
            Provider.Outbox.AppendRange(commit.OutboxMessages);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override void DiscardStagedWrites()
    {
        _writes.Clear();
        _order.Clear();
    }

    private interface IStagedWrite
    {
        void Check();

        void Apply();
    }

    private sealed record StagedUpsert<TKey, TRow>(InMemoryTable<TKey, TRow> Table, TKey Key, TRow Row, long ExpectedVersion) : IStagedWrite
        where TKey : notnull
    {
        public void Check()
        {
            if (Table.VersionOf(Key) != ExpectedVersion)
            {
                throw new ConcurrencyConflictException(Table.Name, Key.ToString() ?? string.Empty, ExpectedVersion);
            }
        }

        public void Apply() => Table.Put(Key, Row, ExpectedVersion + 1);
    }
}
