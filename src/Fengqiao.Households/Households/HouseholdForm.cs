using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>The complete household form (一户一表) as of a date: address, grid, head and members, and the history.</summary>
/// <param name="Id">The household's id.</param>
/// <param name="Number">The household number (户号), if any.</param>
/// <param name="AsOf">The date the form shows.</param>
/// <param name="Placement">The address and grid on that date.</param>
/// <param name="Members">The members on that date, head first (members whose resident record is outside the caller's scope are left out).</param>
/// <param name="Placements">Every address and grid, oldest first.</param>
/// <param name="Memberships">Every membership period, in the order recorded.</param>
public sealed record HouseholdForm(
    HouseholdId Id,
    string? Number,
    LocalDate AsOf,
    HouseholdPlacement Placement,
    IReadOnlyList<HouseholdFormMember> Members,
    IReadOnlyList<HouseholdPlacement> Placements,
    IReadOnlyList<HouseholdMembership> Memberships)
{
    /// <summary>Describes the form without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Household form {Id} as of {AsOf:uuuu-MM-dd}: {Members.Count} member(s) in {Placement.Grid}";
}
