using NodaTime;

namespace Fengqiao.Events;

/// <summary>A domain event as stored in the outbox (发件箱): serialized, waiting to be dispatched.</summary>
/// <param name="Id">The message's time-ordered id.</param>
/// <param name="EventType">The event's type name, stable across versions.</param>
/// <param name="Payload">The event as JSON.</param>
/// <param name="OccurredAt">When the event happened.</param>
/// <param name="DispatchedAt">When a host marked it dispatched, or null while pending.</param>
public sealed record OutboxMessage(Guid Id, string EventType, string Payload, Instant OccurredAt, Instant? DispatchedAt);
