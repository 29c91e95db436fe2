using Fengqiao.Identity;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// The persisted state of a <see cref="StaffMember"/> (人员状态快照). It carries personal data (name,
/// phone): backends store it like any personal record, and never log it. The aggregate's version is
/// stored beside it as the row's concurrency token.
/// </summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The member's id (the key).</param>
/// <param name="Name">The name.</param>
/// <param name="Phone">The mobile phone number, if recorded (store it with <see cref="MobileNumber.RevealUnmasked"/>; <see cref="Storage.GridStateSerializer"/> writes it unmasked).</param>
/// <param name="Jurisdiction">The jurisdiction the record is filed under.</param>
/// <param name="Assignments">Every assignment, current and past.</param>
/// <param name="Registered">Who registered the member and when.</param>
public sealed record StaffMemberState(
    int SchemaVersion,
    StaffMemberId Id,
    string Name,
    MobileNumber? Phone,
    JurisdictionCode Jurisdiction,
    IReadOnlyList<StaffAssignment> Assignments,
    ChangeStamp Registered)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Describes the state by id only: names and phone numbers stay out of logs.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"StaffMemberState {Id}";
}
