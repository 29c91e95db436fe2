using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Residents.Events;

/// <summary>A resident was registered (实有人口登记). Carries no personal data.</summary>
/// <param name="ResidentId">The resident's id.</param>
/// <param name="Grid">The grid the resident is filed under.</param>
/// <param name="Floating">Whether the resident is floating.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ResidentRegistered(Guid ResidentId, string Grid, bool Floating, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
