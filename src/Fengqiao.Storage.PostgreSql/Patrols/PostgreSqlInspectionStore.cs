using Ardalis.GuardClauses;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>The PostgreSQL <see cref="IInspectionStore"/>: table <c>inspections</c>, partitioned by county.</summary>
internal sealed class PostgreSqlInspectionStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<InspectionId, InspectionState, Inspection>(session, PatrolTables.Inspections), IInspectionStore
{
    public Task<Inspection?> FindAsync(InspectionId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Inspection> QueryAsync(InspectionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.From is { } from)
        {
            where.And("inspected_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("inspected_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.Premises is { } premises)
        {
            where.And("premises_id = " + where.Parameter(premises.Value, NpgsqlDbType.Uuid));
        }

        return QueryCoreAsync(where, "inspected_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Inspection item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override InspectionState ToRow(Inspection aggregate) => aggregate.ToState();

    protected override Inspection FromRow(InspectionState row, long version) => Inspection.FromState(row, version);

    protected override bool IsVisible(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
