using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>The persisted state of an <see cref="Inspection"/> (检查状态快照).</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The inspection's id.</param>
/// <param name="Jurisdiction">The division or grid the premises lie in.</param>
/// <param name="Premises">The premises inspected.</param>
/// <param name="ChecklistCode">The checklist used.</param>
/// <param name="Date">The date of the inspection.</param>
/// <param name="Inspectors">Who inspected.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Results">A result per item checked.</param>
/// <param name="Orders">The rectification orders issued.</param>
/// <param name="Reinspections">The re-inspections ("回头看").</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record InspectionState(
    int SchemaVersion,
    InspectionId Id,
    JurisdictionCode Jurisdiction,
    PremisesId Premises,
    string ChecklistCode,
    LocalDate Date,
    IReadOnlyList<StaffMemberId> Inspectors,
    InspectionStatus Status,
    IReadOnlyList<InspectionItemResult> Results,
    IReadOnlyList<RectificationOrder> Orders,
    IReadOnlyList<Reinspection> Reinspections,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
