using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Staffing.Events;

/// <summary>A staff member's assignment ended (离任).</summary>
/// <param name="StaffMemberId">The member's id.</param>
/// <param name="Role">The role.</param>
/// <param name="Area">The area's code.</param>
/// <param name="ValidTo">The first day the member no longer holds it.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record StaffAssignmentEnded(Guid StaffMemberId, StaffRole Role, string Area, LocalDate ValidTo, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
