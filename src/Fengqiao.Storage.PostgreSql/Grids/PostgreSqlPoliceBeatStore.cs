using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Beats;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// The PostgreSQL <see cref="IPoliceBeatStore"/>: table <c>police_beats</c>, partitioned by the
/// county of the beat's jurisdiction. A beat is also visible through the areas it covers
/// (<c>area_codes</c>), which may lie in another county's partition.
/// </summary>
internal sealed class PostgreSqlPoliceBeatStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<PoliceBeatId, PoliceBeatState, PoliceBeat>(session, GridTables.PoliceBeats), IPoliceBeatStore
{
    public Task<PoliceBeat?> FindAsync(PoliceBeatId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<PoliceBeat> QueryAsync(PoliceBeatQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.Touching is { } area)
        {
            // Covered areas that contain the area (its ancestors, found through the GIN index) or lie inside it.
            var ancestors = where.Parameter(area.SelfAndAncestors().Select(c => c.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            var inside = where.Within("covered.code COLLATE \"C\"", area);
            where.And($"area_codes && {ancestors}::text[] OR EXISTS (SELECT 1 FROM unnest(area_codes) AS covered(code) WHERE {inside})");
        }

        if (query.Officer is { } officer)
        {
            where.And("officer_ids @> ARRAY[" + where.Parameter(officer.Value, NpgsqlDbType.Uuid) + "]");
        }

        if (query.AsOf is { } date)
        {
            where.And(where.ValidOn("valid_from", "valid_to", date));
        }

        return QueryCoreAsync(where, "jurisdiction_code, code, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(PoliceBeat beat, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(beat), cancellationToken);

    protected override PoliceBeatState ToRow(PoliceBeat aggregate) => aggregate.ToState();

    protected override PoliceBeat FromRow(PoliceBeatState row, long version) => PoliceBeat.FromState(row, version);

    protected override bool IsVisible(PoliceBeat aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(PoliceBeat aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
