using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Disputes.Events;

/// <summary>A dispute was reported (纠纷登记).</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Area">Its grid or village code.</param>
/// <param name="Category">Its category code.</param>
/// <param name="Risk">Its risk level.</param>
/// <param name="Source">How it came to notice.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DisputeReported(DisputeId Dispute, string Area, string Category, RiskLevel Risk, DisputeSource Source, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
