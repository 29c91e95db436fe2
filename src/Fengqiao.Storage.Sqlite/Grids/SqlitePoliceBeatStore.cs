using Ardalis.GuardClauses;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Storage;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>
/// The SQLite <see cref="IPoliceBeatStore"/>: table <c>police_beat</c>, with the covered areas and the
/// officers repeated in <c>police_beat_area</c> and <c>police_beat_officer</c> for scope checks and queries.
/// </summary>
internal sealed class SqlitePoliceBeatStore(SqliteStorageSession session)
    : SqliteAggregateStore<PoliceBeatId, PoliceBeatState, PoliceBeat>(session, Map, "SELECT b.state, b.version FROM police_beat b"), IPoliceBeatStore
{
    private static readonly SqliteColumn<PoliceBeatId> Key = new("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value));

    internal static readonly SqliteTableMap<PoliceBeatId, PoliceBeatState> Map = new(
        nameof(PoliceBeat),
        "police_beat",
        Key,
        [
            new("code", SqliteType.Text, r => r.Code),
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("valid_from", SqliteType.Text, r => SqliteValues.ToText(r.Validity.ValidFrom)),
            new("valid_to", SqliteType.Text, r => SqliteValues.DbValue(r.Validity.ValidTo)),
            new("state", SqliteType.Text, r => GridStateSerializer.Serialize(r)),
        ],
        new SqliteChildTable<PoliceBeatId, PoliceBeatState, BeatCoverage>(
            "police_beat_area",
            Key with { Name = "beat_id" },
            [
                new("area", SqliteType.Text, c => SqliteValues.ToText(c.Area)),
                new("valid_from", SqliteType.Text, c => SqliteValues.ToText(c.Validity.ValidFrom)),
                new("valid_to", SqliteType.Text, c => SqliteValues.DbValue(c.Validity.ValidTo)),
            ],
            r => r.Coverage),
        new SqliteChildTable<PoliceBeatId, PoliceBeatState, BeatOfficer>(
            "police_beat_officer",
            Key with { Name = "beat_id" },
            [
                new("officer_id", SqliteType.Blob, o => SqliteValues.ToBlob(o.Officer.Value)),
                new("valid_from", SqliteType.Text, o => SqliteValues.ToText(o.Validity.ValidFrom)),
                new("valid_to", SqliteType.Text, o => SqliteValues.DbValue(o.Validity.ValidTo)),
            ],
            r => r.Officers));

    public Task<PoliceBeat?> FindAsync(PoliceBeatId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("b.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<PoliceBeat> QueryAsync(PoliceBeatQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("b.jurisdiction", root));
                }

                if (query.AsOf is { } date)
                {
                    where.And(where.ValidOn("b.valid_from", "b.valid_to", date));
                }

                if (query.Touching is { } area)
                {
                    // Covered area inside the queried one, or containing it; the date is checked by Matches.
                    where.And($"EXISTS (SELECT 1 FROM police_beat_area a WHERE a.beat_id = b.id AND (({where.Within("a.area", area)}) OR {where.AncestorOrSelf("a.area", area)}))");
                }

                if (query.Officer is { } officer)
                {
                    where.And($"EXISTS (SELECT 1 FROM police_beat_officer o WHERE o.beat_id = b.id AND o.officer_id = {where.Parameter(SqliteValues.ToBlob(officer.Value))})");
                }
            },
            " ORDER BY b.jurisdiction, b.code, b.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(PoliceBeat beat, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(beat);
        return SaveCoreAsync(beat, cancellationToken);
    }

    protected override PoliceBeat Read(SqliteDataReader reader) =>
        PoliceBeat.FromState(GridStateSerializer.Deserialize<PoliceBeatState>(reader.GetString(0)), reader.GetInt64(1));

    // Visible when the scope holds the beat's jurisdiction or a covered area (at any time) touches the scope (GridVisibility).
    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And($"{where.InScope(Scope, "b.jurisdiction")} OR EXISTS (SELECT 1 FROM police_beat_area s WHERE s.beat_id = b.id AND ({where.TouchesScope(Scope, "s.area")}))");
        }
    }

    protected override PoliceBeatId KeyOf(PoliceBeat aggregate) => aggregate.Id;

    protected override PoliceBeatState ToRow(PoliceBeat aggregate) => aggregate.ToState();

    protected override bool IsVisible(PoliceBeat aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(PoliceBeat aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
