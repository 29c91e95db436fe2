using Ardalis.GuardClauses;
using Fengqiao.Events;

namespace Fengqiao.Domain;

/// <summary>
/// The base of every aggregate (聚合根): it carries the version its state was read at, for
/// optimistic concurrency, and the domain events raised since it was loaded.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<DomainEvent> _pendingEvents = [];

    /// <summary>Creates the aggregate at a stored version (0 for a new one).</summary>
    /// <param name="version">The version it was read at.</param>
    protected AggregateRoot(long version)
    {
        Version = Guard.Against.Negative(version);
    }

    /// <summary>Gets the version this aggregate's state was read at (0 before the first commit).</summary>
    public long Version { get; private set; }

    /// <summary>Gets the events raised since the aggregate was loaded or last saved.</summary>
    public IReadOnlyList<DomainEvent> PendingEvents => _pendingEvents;

    /// <summary>Takes the pending events, for a store that stages them into the outbox.</summary>
    /// <returns>The events, oldest first; the pending list is left empty.</returns>
    public IReadOnlyList<DomainEvent> DequeuePendingEvents()
    {
        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        return events;
    }

    /// <summary>Moves the aggregate to the version a commit stored; called by storage sessions.</summary>
    /// <param name="version">The committed version, greater than the current one.</param>
    public void AcceptCommittedVersion(long version)
    {
        Guard.Against.OutOfRange(version, nameof(version), Version + 1, long.MaxValue);
        Version = version;
    }

    /// <summary>Records an event for the outbox.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Raise(DomainEvent domainEvent) => _pendingEvents.Add(Guard.Against.Null(domainEvent));
}
