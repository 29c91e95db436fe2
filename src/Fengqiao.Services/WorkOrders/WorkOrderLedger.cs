using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>One line of the work-order ledger (台账), for the station and the township, not for the public.</summary>
/// <param name="Id">The order's id.</param>
/// <param name="Grid">The grid.</param>
/// <param name="Title">What was ordered.</param>
/// <param name="Status">The status.</param>
/// <param name="Worker">The worker it was dispatched to.</param>
/// <param name="OrderedAt">When it was ordered.</param>
/// <param name="ClaimedAt">When the worker took it.</param>
/// <param name="ClosedAt">When it was completed.</param>
/// <param name="Latitude">Where it was closed (for the map), if known.</param>
/// <param name="Longitude">Where it was closed (for the map), if known.</param>
public sealed record WorkOrderLedgerEntry(
    WorkOrderId Id,
    JurisdictionCode Grid,
    string Title,
    WorkOrderStatus Status,
    StaffMemberId? Worker,
    Instant OrderedAt,
    Instant? ClaimedAt,
    Instant? ClosedAt,
    double? Latitude,
    double? Longitude);

/// <summary>
/// The ledger view "清单式认领、挂图式销账": the list of open orders to claim or being worked on, and the
/// map of closed orders with where each was closed.
/// </summary>
/// <param name="Area">The township, village/community or grid.</param>
/// <param name="Open">Orders not yet completed (ordered, dispatched or taken), oldest first: the list to claim from.</param>
/// <param name="Closed">Completed and published orders, with their map positions, newest first.</param>
public sealed record WorkOrderLedger(JurisdictionCode Area, IReadOnlyList<WorkOrderLedgerEntry> Open, IReadOnlyList<WorkOrderLedgerEntry> Closed)
{
    /// <summary>Builds the ledger of an area.</summary>
    /// <param name="area">The area.</param>
    /// <param name="orders">The work orders.</param>
    /// <returns>The ledger.</returns>
    public static WorkOrderLedger Build(JurisdictionCode area, IEnumerable<WorkOrder> orders)
    {
        Guard.Against.Null(orders);
        var inArea = orders.Where(o => area.Contains(o.Grid)).Select(Entry).ToList();
        return new WorkOrderLedger(
            area,
            [.. inArea.Where(e => e.Status is WorkOrderStatus.Ordered or WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted).OrderBy(e => e.OrderedAt).ThenBy(e => e.Id.Value)],
            [.. inArea.Where(e => e.Status is WorkOrderStatus.Completed or WorkOrderStatus.Published).OrderByDescending(e => e.ClosedAt).ThenBy(e => e.Id.Value)]);
    }

    private static WorkOrderLedgerEntry Entry(WorkOrder o) =>
        new(o.Id, o.Grid, o.Title, o.Status, o.Worker, o.OrderedAt, o.AcceptedAt, o.CompletedAt, o.Location?.Latitude, o.Location?.Longitude);
}
