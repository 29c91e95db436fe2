using System.Text.Json.Serialization;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>An assignment of a staff member to a role in an area for a period (任职).</summary>
/// <param name="Role">The role.</param>
/// <param name="Area">The grid, village, township or county the role is held for.</param>
/// <param name="Validity">When the assignment applies; <c>ValidTo</c> is exclusive.</param>
/// <param name="Team">The team, for volunteers (such as 老兵警长义务服务队), if any.</param>
/// <param name="Recorded">Who recorded the assignment and when.</param>
public sealed record StaffAssignment(StaffRole Role, JurisdictionCode Area, ValidityPeriod Validity, string? Team, ChangeStamp Recorded)
{
    /// <summary>Gets the duties the assignment carries.</summary>
    [JsonIgnore]
    public StaffDuties Duties => StaffRoles.DutiesOf(Role);

    /// <summary>Gets a value indicating whether the assignment makes its holder responsible for an area: the assignment's area is that area or contains it.</summary>
    /// <param name="area">A grid, village or township.</param>
    /// <returns>Whether it covers the area.</returns>
    public bool Covers(JurisdictionCode area) => Area.Contains(area);
}
