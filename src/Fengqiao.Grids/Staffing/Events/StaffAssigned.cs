using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Staffing.Events;

/// <summary>A staff member was assigned a role for an area (任命).</summary>
/// <param name="StaffMemberId">The member's id.</param>
/// <param name="Role">The role.</param>
/// <param name="Area">The area's code.</param>
/// <param name="ValidFrom">The first day.</param>
/// <param name="ValidTo">The first day after the assignment, if already known.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record StaffAssigned(Guid StaffMemberId, StaffRole Role, string Area, LocalDate ValidFrom, LocalDate? ValidTo, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
