using Ardalis.GuardClauses;
using Fengqiao.Services.Storage;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>The PostgreSQL <see cref="IWorkOrderStore"/>: table <c>work_orders</c>, partitioned by the grid's county.</summary>
internal sealed class PostgreSqlWorkOrderStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<WorkOrderId, ProtectedServiceState<WorkOrderState>, WorkOrder>(session, ServiceTables.WorkOrders), IWorkOrderStore
{
    private readonly PostgreSqlStorageSession _session = session;

    public Task<WorkOrder?> FindAsync(WorkOrderId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<WorkOrder> QueryAsync(WorkOrderQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("grid_code", root);
        }

        if (query.Worker is { } worker)
        {
            where.And("worker_id = " + where.Parameter(worker.Value, NpgsqlDbType.Uuid));
        }

        if (query.Status is { } status)
        {
            where.And("status = " + where.Parameter((short)status, NpgsqlDbType.Smallint));
        }

        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(WorkOrder order, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(order), cancellationToken);

    protected override ProtectedServiceState<WorkOrderState> ToRow(WorkOrder aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override WorkOrder FromRow(ProtectedServiceState<WorkOrderState> row, long version) =>
        WorkOrder.FromState(ServicePersonalData.Merge(row.Stripped, ServiceFieldProtection.Unprotect(row.Envelope, _session.Provider.FieldProtector)!), version);

    protected override bool IsVisible(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);

    protected override bool IsWritable(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);
}
