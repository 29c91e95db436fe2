using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Households.Events;

/// <summary>A household was registered (建档立户).</summary>
/// <param name="HouseholdId">The household's id.</param>
/// <param name="Grid">Its grid.</param>
/// <param name="ValidFrom">The first day.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record HouseholdRegistered(Guid HouseholdId, string Grid, LocalDate ValidFrom, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
