using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Staffing.Events;

/// <summary>A staff member was registered (人员登记).</summary>
/// <param name="StaffMemberId">The member's id.</param>
/// <param name="Jurisdiction">The jurisdiction the record is filed under.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record StaffMemberRegistered(Guid StaffMemberId, string Jurisdiction, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
