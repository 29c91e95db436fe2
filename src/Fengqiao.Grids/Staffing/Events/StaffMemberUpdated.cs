using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Staffing.Events;

/// <summary>A staff member's name or phone number was corrected; the event carries neither.</summary>
/// <param name="StaffMemberId">The member's id.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record StaffMemberUpdated(Guid StaffMemberId, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
