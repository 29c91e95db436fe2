using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Residents;

/// <summary>
/// The persisted state of a <see cref="Resident"/> (实有人口状态快照). Backends that keep it as a document
/// must protect <see cref="CitizenId"/> and <see cref="Mobile"/> (for example with
/// <c>HouseholdStateSerializer</c> and the host's field protector), never store them in plaintext.
/// </summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The resident's id.</param>
/// <param name="CitizenId">The citizen ID (身份证号).</param>
/// <param name="Name">The name.</param>
/// <param name="Mobile">The mobile number, if known.</param>
/// <param name="Grid">The grid the resident is filed under.</param>
/// <param name="Residency">Registered or floating.</param>
/// <param name="Floating">The floating-population registration, if any.</param>
/// <param name="Status">Active, moved out or deceased.</param>
/// <param name="StatusSince">The day the status began, for moved-out and deceased residents.</param>
/// <param name="CareTags">The care tags, oldest first.</param>
/// <param name="Recorded">Who registered the resident and when.</param>
public sealed record ResidentState(
    int SchemaVersion,
    ResidentId Id,
    CitizenId CitizenId,
    string Name,
    MobileNumber? Mobile,
    JurisdictionCode Grid,
    ResidencyKind Residency,
    FloatingRegistration? Floating,
    ResidentStatus Status,
    LocalDate? StatusSince,
    IReadOnlyList<CareTagAssignment> CareTags,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Describes the state without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"ResidentState {Id} in {Grid}";
}
