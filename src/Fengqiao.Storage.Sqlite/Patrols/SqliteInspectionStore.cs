using Ardalis.GuardClauses;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Patrols;

/// <summary>The SQLite <see cref="IInspectionStore"/>: table <c>inspection</c>.</summary>
internal sealed class SqliteInspectionStore(SqliteStorageSession session)
    : SqliteAggregateStore<InspectionId, InspectionState, Inspection>(session, Map, "SELECT i.state, i.version FROM inspection i"), IInspectionStore
{
    internal static readonly SqliteTableMap<InspectionId, InspectionState> Map = new(
        nameof(Inspection),
        "inspection",
        new SqliteColumn<InspectionId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("inspected_on", SqliteType.Text, r => SqliteValues.ToText(r.Date)),
            new("premises_id", SqliteType.Blob, r => SqliteValues.ToBlob(r.Premises.Value)),
            new("state", SqliteType.Text, r => PatrolStateSerializer.Serialize(r)),
        ]);

    public Task<Inspection?> FindAsync(InspectionId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("i.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Inspection> QueryAsync(InspectionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("i.jurisdiction", root));
                }

                if (query.From is { } from)
                {
                    where.And($"i.inspected_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"i.inspected_on < {where.Parameter(SqliteValues.ToText(to))}");
                }

                if (query.Premises is { } premises)
                {
                    where.And($"i.premises_id = {where.Parameter(SqliteValues.ToBlob(premises.Value))}");
                }
            },
            " ORDER BY i.inspected_on, i.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Inspection item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override Inspection Read(SqliteDataReader reader) =>
        Inspection.FromState(PatrolStateSerializer.Deserialize<InspectionState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "i.jurisdiction"));

    protected override InspectionId KeyOf(Inspection aggregate) => aggregate.Id;

    protected override InspectionState ToRow(Inspection aggregate) => aggregate.ToState();

    protected override bool IsVisible(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
