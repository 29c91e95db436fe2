using Fengqiao.Households.Residents;
using Fengqiao.Identity;

namespace Fengqiao.Disputes.Parties;

/// <summary>
/// A party to a dispute (当事人): a resident on record, referenced by <see cref="Resident"/>, or an outside
/// person (外来人员) named by <see cref="Name"/> with an optional phone. Backends store the phone encrypted.
/// </summary>
/// <param name="Number">The party's number within the dispute, from 1; sessions and agreements refer to parties by it.</param>
/// <param name="Role">The party's role.</param>
/// <param name="Resident">The resident, when the party is on record.</param>
/// <param name="Name">The outside person's name, when the party is not on record.</param>
/// <param name="Phone">The outside person's mobile number, if known.</param>
public sealed record DisputeParty(int Number, PartyRole Role, ResidentId? Resident, string? Name = null, MobileNumber? Phone = null)
{
    /// <summary>Gets a value indicating whether the party is an outside person rather than a resident on record.</summary>
    public bool IsOutsidePerson => Resident is null;

    /// <summary>Describes the party without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Resident is { } r ? $"#{Number} {Role} resident {r}" : $"#{Number} {Role} outside person";
}
