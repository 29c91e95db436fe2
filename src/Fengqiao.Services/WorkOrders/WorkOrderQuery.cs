using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Services.WorkOrders;

/// <summary>A filter over work orders for <see cref="IWorkOrderStore.QueryAsync"/>; null criteria match everything.</summary>
/// <param name="Within">Only orders of grids in this division (or this grid).</param>
/// <param name="Worker">Only orders dispatched to this grid worker.</param>
/// <param name="Status">Only orders in this status.</param>
public sealed record WorkOrderQuery(JurisdictionCode? Within = null, StaffMemberId? Worker = null, WorkOrderStatus? Status = null)
{
    /// <summary>Gets a value indicating whether an order matches (the access scope is applied separately).</summary>
    /// <param name="order">The order.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(WorkOrder order)
    {
        Guard.Against.Null(order);
        return (Within is not { } root || root.Contains(order.Grid))
            && (Worker is not { } worker || order.Worker == worker)
            && (Status is not { } status || order.Status == status);
    }
}
