using Ardalis.GuardClauses;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>
/// The SQLite <see cref="IGridStore"/>: table <c>grid</c>. The state is JSON without the boundaries,
/// which are WKB (one GeometryCollection with each period's boundary), so geometry round-trips bit for bit.
/// </summary>
internal sealed class SqliteGridStore(SqliteStorageSession session)
    : SqliteAggregateStore<JurisdictionCode, GridState, Grid>(session, Map, "SELECT code, state, boundaries, version FROM grid"), IGridStore
{
    internal static readonly SqliteTableMap<JurisdictionCode, GridState> Map = new(
        nameof(Grid),
        "grid",
        new("code", SqliteType.Text, c => SqliteValues.ToText(c)),
        [
            new("village", SqliteType.Text, r => SqliteValues.ToText(r.Code.Parent!.Value)),
            new("county", SqliteType.Text, r => SqliteValues.CountyOf(r.Code)!),
            new("valid_from", SqliteType.Text, r => SqliteValues.ToText(r.Periods[0].Validity.ValidFrom)),
            new("valid_to", SqliteType.Text, r => SqliteValues.DbValue(r.Periods[^1].Validity.ValidTo)),
            new("name", SqliteType.Text, r => r.Periods[^1].Attributes.Name),
            new("min_x", SqliteType.Real, r => Envelope(r).MinX),
            new("min_y", SqliteType.Real, r => Envelope(r).MinY),
            new("max_x", SqliteType.Real, r => Envelope(r).MaxX),
            new("max_y", SqliteType.Real, r => Envelope(r).MaxY),
            new("state", SqliteType.Text, r => PayloadJson(r)),
            new("boundaries", SqliteType.Blob, r => SqliteGeometry.ManyToWkb([.. r.Periods.Select(p => p.Attributes.Boundary)])),
        ]);

    public Task<Grid?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync("code", SqliteValues.ToText(code), cancellationToken);

    public IAsyncEnumerable<Grid> QueryAsync(GridQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("code", root));
                }

                if (query.AsOf is { } date)
                {
                    where.And(where.ValidOn("valid_from", "valid_to", date));
                }
            },
            " ORDER BY code",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Grid grid, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(grid);
        return SaveCoreAsync(grid, cancellationToken);
    }

    /// <summary>The JSON of a grid state without its boundaries (they go to the WKB column).</summary>
    internal static string PayloadJson(GridState state) => GridStateSerializer.Serialize(new Payload(
        state.SchemaVersion,
        [.. state.Periods.Select(p => new PeriodPayload(p.Validity, p.Attributes.Name, p.Attributes.Sign, p.Attributes.PartyGroup, p.Attributes.ExpectedHouseholds, p.Recorded))],
        state.Predecessors,
        state.Successors));

    /// <summary>Rebuilds a grid state from its columns.</summary>
    internal static GridState ToState(string code, string json, byte[] wkb)
    {
        var payload = GridStateSerializer.Deserialize<Payload>(json);
        var boundaries = SqliteGeometry.ManyFromWkb(wkb);
        if (boundaries.Length != payload.Periods.Count)
        {
            throw new System.Text.Json.JsonException("The stored boundaries do not match the stored periods.");
        }

        var periods = payload.Periods
            .Select((p, i) => new GridPeriod(p.Validity, new GridAttributes(p.Name, boundaries[i], p.Sign, p.PartyGroup, p.ExpectedHouseholds), p.Recorded))
            .ToArray();
        return new GridState(payload.SchemaVersion, SqliteValues.ToJurisdictionCode(code), periods, payload.Predecessors, payload.Successors);
    }

    protected override Grid Read(SqliteDataReader reader) =>
        Grid.FromState(ToState(reader.GetString(0), reader.GetString(1), (byte[])reader[2]), reader.GetInt64(3));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "code"));

    protected override JurisdictionCode KeyOf(Grid aggregate) => aggregate.Code;

    protected override GridState ToRow(Grid aggregate) => aggregate.ToState();

    // The current boundary's envelope; NetTopologySuite caches it on the geometry.
    private static Envelope Envelope(GridState state) => state.Periods[^1].Attributes.Boundary.EnvelopeInternal;

    protected override bool IsVisible(Grid aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Grid aggregate) => GridVisibility.CanWrite(Scope, aggregate);

    /// <summary>The JSON of a grid state without its boundaries.</summary>
    internal sealed record Payload(int SchemaVersion, IReadOnlyList<PeriodPayload> Periods, IReadOnlyList<LineageLink> Predecessors, IReadOnlyList<LineageLink> Successors);

    /// <summary>One period without its boundary.</summary>
    internal sealed record PeriodPayload(ValidityPeriod Validity, string Name, string? Sign, string? PartyGroup, int? ExpectedHouseholds, ChangeStamp Recorded);
}
