using Ardalis.GuardClauses;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Services.Storage.InMemory;

/// <summary>The in-memory <see cref="IWorkOrderStore"/>.</summary>
internal sealed class InMemoryWorkOrderStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<WorkOrderId, WorkOrderState, WorkOrder>(session, nameof(WorkOrder)), IWorkOrderStore
{
    public Task<WorkOrder?> FindAsync(WorkOrderId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<WorkOrder> QueryAsync(WorkOrderQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(a => a.Id.Value), cancellationToken);
    }

    public Task SaveAsync(WorkOrder order, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(order), cancellationToken);

    protected override WorkOrderId KeyOf(WorkOrder aggregate) => aggregate.Id;

    protected override WorkOrderState ToState(WorkOrder aggregate) => aggregate.ToState();

    protected override WorkOrder FromState(WorkOrderState state, long version) => WorkOrder.FromState(state, version);

    protected override bool IsVisible(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);

    protected override bool IsWritable(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);
}
