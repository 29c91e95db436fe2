using Ardalis.GuardClauses;
using Fengqiao.Households.Residents;

namespace Fengqiao.Households.Households;

/// <summary>
/// One new household with its new residents, as an import or a form submits them: built with
/// <see cref="Household.Register"/>, <see cref="Household.AddMember"/> and <see cref="Resident.Register"/>,
/// then checked and added by <see cref="HouseholdRegistry"/>. Members may also be residents already on record.
/// </summary>
public sealed class HouseholdEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="household">The new household.</param>
    /// <param name="residents">The new residents among its members.</param>
    public HouseholdEntry(Household household, IReadOnlyList<Resident> residents)
    {
        Household = Guard.Against.Null(household);
        Residents = Guard.Against.Null(residents);
    }

    /// <summary>Gets the new household.</summary>
    public Household Household { get; }

    /// <summary>Gets the new residents among its members.</summary>
    public IReadOnlyList<Resident> Residents { get; }

    /// <summary>Describes the entry without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Household} with {Residents.Count} new resident(s)";
}
