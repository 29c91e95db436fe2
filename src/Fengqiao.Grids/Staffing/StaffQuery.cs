using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// A filter over staff members for <see cref="IStaffStore.QueryAsync"/>; criteria left null match
/// everything. Backends may push any part down to their database and must then apply <see cref="Matches(StaffMember)"/>.
/// </summary>
/// <param name="Within">
/// Only members inside this division: without assignment criteria, members filed under it or
/// holding any assignment inside it; with assignment criteria, the matching assignment's area must lie inside it.
/// </param>
/// <param name="ResponsibleFor">Only members with an assignment whose area is this grid/village or contains it ("who is responsible for grid X").</param>
/// <param name="Role">Only members with an assignment of this role.</param>
/// <param name="Duties">Only members with an assignment carrying all these duties (so <see cref="StaffDuties.Mediation"/> finds liaisons).</param>
/// <param name="AsOf">Only members with an assignment that applies on this date.</param>
/// <remarks>The assignment criteria (<paramref name="ResponsibleFor"/>, <paramref name="Role"/>, <paramref name="Duties"/>, <paramref name="AsOf"/>) must all hold for one and the same assignment.</remarks>
public sealed record StaffQuery(
    JurisdictionCode? Within = null,
    JurisdictionCode? ResponsibleFor = null,
    StaffRole? Role = null,
    StaffDuties Duties = StaffDuties.None,
    LocalDate? AsOf = null)
{
    /// <summary>Gets a value indicating whether the query has criteria about assignments.</summary>
    public bool HasAssignmentCriteria => ResponsibleFor is not null || Role is not null || Duties != StaffDuties.None || AsOf is not null;

    /// <summary>Gets a value indicating whether a member matches the filter (the access scope is applied separately).</summary>
    /// <param name="member">The member.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(StaffMember member)
    {
        Guard.Against.Null(member);
        if (!HasAssignmentCriteria)
        {
            return Within is not { } root || root.Contains(member.Jurisdiction) || member.Assignments.Any(a => root.Contains(a.Area));
        }

        return member.Assignments.Any(Matches);
    }

    /// <summary>Gets a value indicating whether one assignment meets the assignment criteria and lies within <see cref="Within"/>.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(StaffAssignment assignment)
    {
        Guard.Against.Null(assignment);
        return (Within is not { } root || root.Contains(assignment.Area))
            && (ResponsibleFor is not { } area || assignment.Covers(area))
            && (Role is not { } role || assignment.Role == role)
            && (assignment.Duties & Duties) == Duties
            && (AsOf is not { } date || assignment.Validity.Contains(date));
    }
}
