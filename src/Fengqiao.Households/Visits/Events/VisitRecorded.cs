using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Households.Visits.Events;

/// <summary>A visit was recorded (走访登记).</summary>
/// <param name="VisitId">The visit's id.</param>
/// <param name="HouseholdId">The household's id.</param>
/// <param name="Grid">The household's grid.</param>
/// <param name="VisitedOn">The day of the visit.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record VisitRecorded(Guid VisitId, Guid HouseholdId, string Grid, LocalDate VisitedOn, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
