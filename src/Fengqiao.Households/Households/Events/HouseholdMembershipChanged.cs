using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Households.Events;

/// <summary>A member joined or left a household, or the head changed.</summary>
/// <param name="HouseholdId">The household's id.</param>
/// <param name="ResidentId">The member's id.</param>
/// <param name="Joined">Whether the member joined (else left).</param>
/// <param name="EffectiveOn">The day of the change.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record HouseholdMembershipChanged(Guid HouseholdId, Guid ResidentId, bool Joined, LocalDate EffectiveOn, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
