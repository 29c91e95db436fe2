using Ardalis.GuardClauses;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>
/// A filter over households for <see cref="IHouseholdStore.QueryAsync"/>; criteria left null match
/// everything. Backends may push any part down and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only households whose current grid lies in this division (or is this grid).</param>
/// <param name="AsOf">Only households that exist on this date.</param>
/// <param name="Member">Only households this resident has ever been a member of.</param>
public sealed record HouseholdQuery(JurisdictionCode? Within = null, LocalDate? AsOf = null, ResidentId? Member = null)
{
    /// <summary>Gets a value indicating whether a household matches (the access scope is applied separately).</summary>
    /// <param name="household">The household.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Household household)
    {
        Guard.Against.Null(household);
        return (Within is not { } root || root.Contains(household.Grid))
            && (AsOf is not { } date || household.PlacementOn(date) is not null)
            && (Member is not { } member || household.Members.Any(m => m.Resident == member));
    }
}
