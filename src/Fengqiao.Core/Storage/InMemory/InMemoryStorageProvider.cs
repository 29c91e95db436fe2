using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Events;

namespace Fengqiao.Storage.InMemory;

/// <summary>
/// The in-memory backend (内存存储): thread-safe, honours versions, scopes and atomic commits like
/// the durable backends, and keeps nothing after the process ends. For tests and ephemeral hosts.
/// </summary>
public sealed class InMemoryStorageProvider : IStorageProvider
{
    private readonly ConcurrentDictionary<string, object> _tables = new(StringComparer.Ordinal);

    /// <summary>Creates an empty in-memory backend with the kernel's stores (audit log, outbox) registered.</summary>
    public InMemoryStorageProvider()
        : this([])
    {
    }

    /// <summary>Creates an empty in-memory backend with the kernel's stores and the given modules' stores.</summary>
    /// <param name="contributors">The modules' in-memory stores.</param>
    public InMemoryStorageProvider(IEnumerable<IStoreContributor<InMemoryStorageSession>> contributors)
    {
        Guard.Against.Null(contributors);
        Stores.Add<IAuditLog>(_ => AuditLog);
        Stores.Add<IOutbox>(_ => Outbox);
        foreach (var contributor in contributors)
        {
            contributor.Contribute(Stores);
        }
    }

    /// <inheritdoc/>
    public string Name => "memory";

    /// <summary>Gets the store contracts this backend provides; modules add their in-memory stores here.</summary>
    public StoreRegistry<InMemoryStorageSession> Stores { get; } = new();

    /// <summary>Gets the audit log.</summary>
    public InMemoryAuditLog AuditLog { get; } = new();

    /// <summary>Gets the outbox.</summary>
    public InMemoryOutbox Outbox { get; } = new();

    // One commit at a time: commits are short, and this keeps version checks and writes atomic.
    internal object CommitLock { get; } = new();

    /// <summary>Gets or creates a named table.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="name">The table's name, also the aggregate kind reported in conflicts.</param>
    /// <returns>The table.</returns>
    public InMemoryTable<TKey, TRow> Table<TKey, TRow>(string name)
        where TKey : notnull
    {
        Guard.Against.NullOrWhiteSpace(name);
        return (InMemoryTable<TKey, TRow>)_tables.GetOrAdd(name, n => new InMemoryTable<TKey, TRow>(n));
    }

    /// <inheritdoc/>
    public ValueTask<IStorageSession> OpenSessionAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(scope);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IStorageSession>(new InMemoryStorageSession(this, scope));
    }
}
