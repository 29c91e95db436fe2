using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;

namespace Fengqiao.Storage;

/// <summary>
/// A base for backend sessions: holds the staged audit entries, events and after-commit actions,
/// caches stores, and turns events into outbox messages before the backend's commit runs (so a
/// payload that cannot be serialized fails the commit before anything is written).
/// </summary>
public abstract class StorageSession : IStorageSession
{
    private readonly List<AuditEntry> _audit = [];
    private readonly List<DomainEvent> _events = [];
    private readonly List<Action> _afterCommit = [];
    private readonly Dictionary<Type, object> _stores = [];
    private bool _disposed;

    /// <summary>Creates the session.</summary>
    /// <param name="scope">The access scope of its queries.</param>
    protected StorageSession(AccessScope scope)
    {
        Scope = Guard.Against.Null(scope);
    }

    /// <inheritdoc/>
    public AccessScope Scope { get; }

    /// <inheritdoc/>
    public TStore GetStore<TStore>()
        where TStore : class
    {
        ThrowIfDisposed();
        if (_stores.TryGetValue(typeof(TStore), out var cached))
        {
            return (TStore)cached;
        }

        var store = CreateStore(typeof(TStore)) as TStore
            ?? throw new StorageException(ErrorCodes.StoreNotSupported, ErrorMessages.Format(ErrorCodes.StoreNotSupported, typeof(TStore).Name));
        _stores[typeof(TStore)] = store;
        return store;
    }

    /// <inheritdoc/>
    public bool SupportsStore<TStore>()
        where TStore : class => _stores.ContainsKey(typeof(TStore)) || IsStoreRegistered(typeof(TStore));

    /// <inheritdoc/>
    public void Audit(AuditEntry entry)
    {
        ThrowIfDisposed();
        _audit.Add(Guard.Against.Null(entry));
    }

    /// <inheritdoc/>
    public void Publish(DomainEvent domainEvent)
    {
        ThrowIfDisposed();
        _events.Add(Guard.Against.Null(domainEvent));
    }

    /// <inheritdoc/>
    public void OnCommitted(Action action)
    {
        ThrowIfDisposed();
        _afterCommit.Add(Guard.Against.Null(action));
    }

    /// <inheritdoc/>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outbox = _events.Select(DomainEventSerializer.ToOutboxMessage).ToList();
            await CommitCoreAsync(new StagedCommit(_audit.ToArray(), outbox), cancellationToken).ConfigureAwait(false);
            foreach (var action in _afterCommit)
            {
                action();
            }
        }
        finally
        {
            _audit.Clear();
            _events.Clear();
            _afterCommit.Clear();
            DiscardStagedWrites();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        DiscardStagedWrites();
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Makes a store of the given contract for this session, or returns null when the backend lacks it.</summary>
    /// <param name="storeType">The store contract.</param>
    /// <returns>The store or null.</returns>
    protected abstract object? CreateStore(Type storeType);

    /// <summary>Gets a value indicating whether the backend provides a store contract.</summary>
    /// <param name="storeType">The store contract.</param>
    /// <returns>Whether it does.</returns>
    protected abstract bool IsStoreRegistered(Type storeType);

    /// <summary>Writes the staged aggregate changes and the given audit entries and outbox messages atomically.</summary>
    /// <param name="commit">The audit entries and outbox messages staged with the changes.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes when everything is durable.</returns>
    protected abstract Task CommitCoreAsync(StagedCommit commit, CancellationToken cancellationToken);

    /// <summary>Drops the backend's staged writes (after a commit, successful or not, and on dispose).</summary>
    protected abstract void DiscardStagedWrites();

    /// <summary>Releases the backend's resources, such as its connection.</summary>
    /// <returns>A task that completes when they are released.</returns>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    /// <summary>Throws when the session has been disposed.</summary>
    protected void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new StorageException(ErrorCodes.SessionClosed, ErrorMessages.Format(ErrorCodes.SessionClosed));
        }
    }
}
