using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>The persisted state of a <see cref="WorkOrder"/> (工单状态快照).</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The order's id.</param>
/// <param name="Grid">The grid the order belongs to (15-digit grid code).</param>
/// <param name="Title">What was ordered, as written for the public listing (no names).</param>
/// <param name="ServiceCode">The catalog service it concerns, if any.</param>
/// <param name="Citizen">Who ordered.</param>
/// <param name="Description">The citizen's description; never published.</param>
/// <param name="Location">Where; shown on the grid map of the ledger, never published.</param>
/// <param name="Status">The current status.</param>
/// <param name="Worker">The grid worker it was dispatched to.</param>
/// <param name="Result">What was done.</param>
/// <param name="Evidence">The evidence of completion.</param>
/// <param name="PublicSummary">The text the party committee published.</param>
/// <param name="Steps">The history, oldest first; the first step is the order.</param>
public sealed record WorkOrderState(
    int SchemaVersion,
    WorkOrderId Id,
    JurisdictionCode Grid,
    string Title,
    string? ServiceCode,
    ServiceApplicant Citizen,
    string? Description,
    GeoLocation? Location,
    WorkOrderStatus Status,
    StaffMemberId? Worker,
    string? Result,
    IReadOnlyList<WorkOrderEvidence> Evidence,
    string? PublicSummary,
    IReadOnlyList<WorkOrderStep> Steps)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
