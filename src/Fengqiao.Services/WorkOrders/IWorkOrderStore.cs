namespace Fengqiao.Services.WorkOrders;

/// <summary>
/// The store contract of grid work orders (工单存储). Obtain it with <c>session.GetStore&lt;IWorkOrderStore&gt;()</c>.
/// </summary>
/// <remarks>An order is visible when the scope contains its grid; saving one outside the scope throws
/// <see cref="Errors.ErrorCodes.OutsideScope"/>. Disk backends encrypt the citizen's name, phone and ID.</remarks>
public interface IWorkOrderStore
{
    /// <summary>Finds an order by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order, or null when absent or not visible.</returns>
    Task<WorkOrder?> FindAsync(WorkOrderId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the visible orders that match a query, ordered by id (that is, by order time).</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The orders.</returns>
    IAsyncEnumerable<WorkOrder> QueryAsync(WorkOrderQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed order for the session's next commit.</summary>
    /// <param name="order">The order.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(WorkOrder order, CancellationToken cancellationToken = default);
}
