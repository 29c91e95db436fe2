using Ardalis.GuardClauses;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Patrols;

/// <summary>The SQLite <see cref="IPatrolStore"/>: table <c>patrol</c>.</summary>
internal sealed class SqlitePatrolStore(SqliteStorageSession session)
    : SqliteAggregateStore<PatrolId, PatrolState, Patrol>(session, Map, "SELECT p.state, p.version FROM patrol p"), IPatrolStore
{
    internal static readonly SqliteTableMap<PatrolId, PatrolState> Map = new(
        nameof(Patrol),
        "patrol",
        new SqliteColumn<PatrolId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("started_on", SqliteType.Text, r => SqliteValues.ToText(r.Date)),
            new("state", SqliteType.Text, r => PatrolStateSerializer.Serialize(r)),
        ]);

    public Task<Patrol?> FindAsync(PatrolId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("p.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Patrol> QueryAsync(PatrolQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("p.jurisdiction", root));
                }

                if (query.From is { } from)
                {
                    where.And($"p.started_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"p.started_on < {where.Parameter(SqliteValues.ToText(to))}");
                }
            },
            " ORDER BY p.started_on, p.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Patrol item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override Patrol Read(SqliteDataReader reader) =>
        Patrol.FromState(PatrolStateSerializer.Deserialize<PatrolState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "p.jurisdiction"));

    protected override PatrolId KeyOf(Patrol aggregate) => aggregate.Id;

    protected override PatrolState ToRow(Patrol aggregate) => aggregate.ToState();

    protected override bool IsVisible(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
