using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Disputes.Events;

/// <summary>A dispute's record changed outside the workflow: amended, corrected, linked, supervised or evidence added.</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Change">What changed: <c>amended</c>, <c>corrected</c>, <c>linked</c>, <c>supervised</c>, <c>evidence</c>, <c>risk</c>.</param>
/// <param name="Reason">Why, when a reason was given.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DisputeChanged(DisputeId Dispute, string Change, string? Reason, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
