using Ardalis.GuardClauses;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>The PostgreSQL <see cref="IPatrolStore"/>: table <c>patrols</c>, partitioned by county.</summary>
internal sealed class PostgreSqlPatrolStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<PatrolId, PatrolState, Patrol>(session, PatrolTables.Patrols), IPatrolStore
{
    public Task<Patrol?> FindAsync(PatrolId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Patrol> QueryAsync(PatrolQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.From is { } from)
        {
            where.And("started_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("started_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        return QueryCoreAsync(where, "started_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Patrol item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override PatrolState ToRow(Patrol aggregate) => aggregate.ToState();

    protected override Patrol FromRow(PatrolState row, long version) => Patrol.FromState(row, version);

    protected override bool IsVisible(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
