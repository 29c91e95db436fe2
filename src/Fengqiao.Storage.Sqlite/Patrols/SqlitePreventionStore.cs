using Ardalis.GuardClauses;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Patrols;

/// <summary>The SQLite <see cref="IPreventionStore"/>: table <c>prevention_activity</c>.</summary>
internal sealed class SqlitePreventionStore(SqliteStorageSession session)
    : SqliteAggregateStore<PreventionActivityId, PreventionActivityState, PreventionActivity>(session, Map, "SELECT a.state, a.version FROM prevention_activity a"), IPreventionStore
{
    internal static readonly SqliteTableMap<PreventionActivityId, PreventionActivityState> Map = new(
        nameof(PreventionActivity),
        "prevention_activity",
        new SqliteColumn<PreventionActivityId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("held_on", SqliteType.Text, r => SqliteValues.ToText(r.Date)),
            new("kind", SqliteType.Text, r => r.Kind.ToString()),
            new("state", SqliteType.Text, r => PatrolStateSerializer.Serialize(r)),
        ]);

    public Task<PreventionActivity?> FindAsync(PreventionActivityId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("a.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<PreventionActivity> QueryAsync(PreventionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("a.jurisdiction", root));
                }

                if (query.From is { } from)
                {
                    where.And($"a.held_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"a.held_on < {where.Parameter(SqliteValues.ToText(to))}");
                }

                if (query.Kind is { } kind)
                {
                    where.And($"a.kind = {where.Parameter(kind.ToString())}");
                }
            },
            " ORDER BY a.held_on, a.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(PreventionActivity item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override PreventionActivity Read(SqliteDataReader reader) =>
        PreventionActivity.FromState(PatrolStateSerializer.Deserialize<PreventionActivityState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "a.jurisdiction"));

    protected override PreventionActivityId KeyOf(PreventionActivity aggregate) => aggregate.Id;

    protected override PreventionActivityState ToRow(PreventionActivity aggregate) => aggregate.ToState();

    protected override bool IsVisible(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
