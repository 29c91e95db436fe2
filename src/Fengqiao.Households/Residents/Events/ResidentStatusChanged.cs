using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Residents.Events;

/// <summary>A resident moved out or died (迁出 / 死亡). Carries no personal data.</summary>
/// <param name="ResidentId">The resident's id.</param>
/// <param name="Status">The new status.</param>
/// <param name="Since">The day it began.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ResidentStatusChanged(Guid ResidentId, ResidentStatus Status, LocalDate Since, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
