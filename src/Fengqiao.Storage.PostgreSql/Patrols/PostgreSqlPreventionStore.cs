using Ardalis.GuardClauses;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>The PostgreSQL <see cref="IPreventionStore"/>: table <c>prevention_activities</c>, partitioned by county.</summary>
internal sealed class PostgreSqlPreventionStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<PreventionActivityId, PreventionActivityState, PreventionActivity>(session, PatrolTables.PreventionActivities), IPreventionStore
{
    public Task<PreventionActivity?> FindAsync(PreventionActivityId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<PreventionActivity> QueryAsync(PreventionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.From is { } from)
        {
            where.And("held_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("held_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.Kind is { } kind)
        {
            where.And("kind = " + where.Parameter(kind.ToString(), NpgsqlDbType.Text));
        }

        return QueryCoreAsync(where, "held_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(PreventionActivity item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override PreventionActivityState ToRow(PreventionActivity aggregate) => aggregate.ToState();

    protected override PreventionActivity FromRow(PreventionActivityState row, long version) => PreventionActivity.FromState(row, version);

    protected override bool IsVisible(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
