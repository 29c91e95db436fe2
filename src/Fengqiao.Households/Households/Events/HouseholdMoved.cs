using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Households.Events;

/// <summary>A household moved to another address or grid.</summary>
/// <param name="HouseholdId">The household's id.</param>
/// <param name="FromGrid">The former grid.</param>
/// <param name="ToGrid">The new grid.</param>
/// <param name="EffectiveOn">The first day at the new place.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record HouseholdMoved(Guid HouseholdId, string FromGrid, string ToGrid, LocalDate EffectiveOn, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
