using Fengqiao.Grids.Beats;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>A person responsible for a grid on a date, and why (网格责任人).</summary>
/// <param name="Id">The staff member's id.</param>
/// <param name="Name">The name, or <see langword="null"/> when the member's record is not visible in the caller's scope.</param>
/// <param name="Role">The role that makes the person responsible.</param>
/// <param name="Area">The area the role is held for: the grid itself or the village or township containing it.</param>
/// <param name="Duties">The duties the role carries.</param>
/// <param name="Beat">The police beat, when the person is responsible as the beat's community officer.</param>
public sealed record ResponsiblePerson(StaffMemberId Id, string? Name, StaffRole Role, JurisdictionCode Area, StaffDuties Duties, PoliceBeatId? Beat)
{
    /// <summary>Describes the entry without the name.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Role} {Id} for {Area}";
}
