using NodaTime;

namespace Fengqiao.Events;

/// <summary>
/// Something that happened in the domain (领域事件), such as a grid registered or a dispute
/// escalated. Aggregates raise events; the storage session writes them to the outbox in the
/// same transaction as the change, for hosts to dispatch afterwards.
/// </summary>
/// <param name="OccurredAt">When it happened.</param>
public abstract record DomainEvent(Instant OccurredAt);
