using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>
/// One member's line on the household form (一户一表). <see cref="CitizenId"/> and <see cref="Mobile"/>
/// mask themselves when shown; revealing them is a deliberate call by the host.
/// </summary>
/// <param name="Resident">The resident's id.</param>
/// <param name="Relation">The relation to the head.</param>
/// <param name="MemberSince">The first day of the current membership.</param>
/// <param name="Name">The name.</param>
/// <param name="Sex">The sex (from the ID).</param>
/// <param name="BirthDate">The birth date (from the ID).</param>
/// <param name="CitizenId">The citizen ID (masked in text).</param>
/// <param name="Mobile">The mobile number (masked in text), if known.</param>
/// <param name="Residency">Registered or floating.</param>
/// <param name="Floating">The floating-population registration, if any.</param>
/// <param name="Status">Active, moved out or deceased.</param>
/// <param name="CareTags">The care tag codes that apply on the form's date (health tags only for callers allowed to read them).</param>
public sealed record HouseholdFormMember(
    ResidentId Resident,
    Households.RelationToHead Relation,
    LocalDate MemberSince,
    string Name,
    Sex Sex,
    LocalDate BirthDate,
    CitizenId CitizenId,
    MobileNumber? Mobile,
    ResidencyKind Residency,
    FloatingRegistration? Floating,
    ResidentStatus Status,
    IReadOnlyList<string> CareTags)
{
    /// <summary>Describes the line without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Relation} {Resident}";
}
