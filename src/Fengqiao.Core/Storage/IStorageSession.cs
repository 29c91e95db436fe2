using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Events;

namespace Fengqiao.Storage;

/// <summary>
/// A storage session: one unit of work (工作单元). Reads run at once in the session's
/// <see cref="Scope"/>; writes made through its stores, staged audit entries and published
/// events are held until <see cref="CommitAsync"/>, which writes all of them atomically or none,
/// checking every aggregate's version (a stale one raises
/// <see cref="Errors.ConcurrencyConflictException"/>).
/// </summary>
/// <remarks>A session is not thread-safe. After a commit, successful or not, its staged work is cleared.</remarks>
public interface IStorageSession : IAsyncDisposable
{
    /// <summary>Gets the access scope every query of this session runs in.</summary>
    AccessScope Scope { get; }

    /// <summary>Gets a store bound to this session, such as a grid store.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <returns>The store.</returns>
    /// <exception cref="Errors.StorageException">The backend does not provide the store (code <see cref="Errors.ErrorCodes.StoreNotSupported"/>).</exception>
    TStore GetStore<TStore>()
        where TStore : class;

    /// <summary>Gets a value indicating whether the backend provides a store contract (an optional capability).</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <returns>Whether <see cref="GetStore{TStore}"/> will succeed.</returns>
    bool SupportsStore<TStore>()
        where TStore : class;

    /// <summary>Stages an audit entry to commit with this unit of work.</summary>
    /// <param name="entry">The entry.</param>
    void Audit(AuditEntry entry);

    /// <summary>Stages a domain event for the outbox, to commit with this unit of work.</summary>
    /// <param name="domainEvent">The event.</param>
    void Publish(DomainEvent domainEvent);

    /// <summary>Registers an action to run after the next successful commit (stores use it to advance aggregate versions).</summary>
    /// <param name="action">The action.</param>
    void OnCommitted(Action action);

    /// <summary>Commits every staged write, audit entry and event atomically.</summary>
    /// <param name="cancellationToken">Cancels the commit; a cancelled commit writes nothing.</param>
    /// <returns>A task that completes when the unit of work is durable.</returns>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
