using Ardalis.GuardClauses;
using Fengqiao.Services.Storage;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Services;

/// <summary>The SQLite <see cref="IWorkOrderStore"/>: table <c>work_order</c>, the citizen's data in one encrypted envelope.</summary>
internal sealed class SqliteWorkOrderStore(SqliteStorageSession session)
    : SqliteAggregateStore<WorkOrderId, ProtectedServiceState<WorkOrderState>, WorkOrder>(session, Map, "SELECT w.state, w.version, w.personal FROM work_order w"), IWorkOrderStore
{
    internal static readonly SqliteTableMap<WorkOrderId, ProtectedServiceState<WorkOrderState>> Map = new(
        nameof(WorkOrder),
        "work_order",
        new SqliteColumn<WorkOrderId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("grid", SqliteType.Text, r => SqliteValues.ToText(r.Stripped.Grid)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Stripped.Grid))),
            new("status", SqliteType.Integer, r => (long)r.Stripped.Status),
            new("worker_id", SqliteType.Blob, r => r.Stripped.Worker is { } w ? SqliteValues.ToBlob(w.Value) : DBNull.Value),
            new("ordered_at", SqliteType.Integer, r => SqliteValues.ToTicks(r.Stripped.Steps[0].At)),
            new("phone_ix", SqliteType.Text, r => SqliteValues.DbValue(r.PhoneIndex)),
            new("citizen_ix", SqliteType.Text, r => SqliteValues.DbValue(r.CitizenIdIndex)),
            new("personal", SqliteType.Text, r => r.Envelope!),
            new("state", SqliteType.Text, r => ServiceStateSerializer.Serialize(r.Stripped)),
        ]);

    private readonly SqliteStorageSession _session = session;

    public Task<WorkOrder?> FindAsync(WorkOrderId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("w.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<WorkOrder> QueryAsync(WorkOrderQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("w.grid", root));
                }

                if (query.Worker is { } worker)
                {
                    where.And($"w.worker_id = {where.Parameter(SqliteValues.ToBlob(worker.Value))}");
                }

                if (query.Status is { } status)
                {
                    where.And($"w.status = {where.Parameter((long)status)}");
                }
            },
            " ORDER BY w.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(WorkOrder order, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(order), cancellationToken);

    protected override WorkOrder Read(SqliteDataReader reader)
    {
        var stripped = ServiceStateSerializer.Deserialize<WorkOrderState>(reader.GetString(0));
        var personal = ServiceFieldProtection.Unprotect(reader.GetString(2), _session.Provider.FieldProtector)!;
        return WorkOrder.FromState(ServicePersonalData.Merge(stripped, personal), reader.GetInt64(1));
    }

    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And(where.InScope(Scope, "w.grid"));
        }
    }

    protected override WorkOrderId KeyOf(WorkOrder aggregate) => aggregate.Id;

    protected override ProtectedServiceState<WorkOrderState> ToRow(WorkOrder aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override bool IsVisible(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);

    protected override bool IsWritable(WorkOrder aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Grid);
}
