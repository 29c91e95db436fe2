using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// The rule that grid advisers (网格指导员) are paired one-to-one with grids: a grid has at most one
/// adviser at a time, and an adviser advises at most one grid at a time. The second half is kept
/// by <see cref="StaffMember.Assign(StaffRole, JurisdictionCode, ValidityPeriod, ChangeStamp, string?)"/>;
/// this checks the first half against the other members.
/// </summary>
public static class GridAdviserPairing
{
    /// <summary>Throws when another member advises the grid in an overlapping period.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="period">The period of the new pairing.</param>
    /// <param name="candidate">The member to be paired.</param>
    /// <param name="others">The members that might already advise the grid (others than the candidate are checked).</param>
    /// <exception cref="Errors.ValidationException">The grid is taken (code <see cref="GridErrorCodes.GridAdviserTaken"/>).</exception>
    public static void EnsureGridFree(JurisdictionCode grid, ValidityPeriod period, StaffMemberId candidate, IEnumerable<StaffMember> others)
    {
        Guard.Against.Null(others);
        var taken = others.Any(m => m.Id != candidate && m.Assignments.Any(a =>
            a.Role == StaffRole.GridAdviser && a.Area == grid && a.Validity.Overlaps(period)));
        if (taken)
        {
            throw GridMessages.Invalid(GridErrorCodes.GridAdviserTaken, "area", grid.ToString(), period.ToString());
        }
    }
}
