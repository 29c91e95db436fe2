using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using NetTopologySuite.Geometries;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// A grid's row: its state, and what the columns hold — the JSON of the state without boundaries,
/// the boundaries as WKB, the current boundary's envelope — each made once, when first asked for.
/// </summary>
internal sealed class GridRow(GridState state)
{
    private string? _json;
    private byte[]? _boundaries;

    public GridState State { get; } = state;

    public string Json => _json ??= GridStateSerializer.Serialize(new Payload(
        State.SchemaVersion,
        [.. State.Periods.Select(p => new PeriodPayload(p.Validity, p.Attributes.Name, p.Attributes.Sign, p.Attributes.PartyGroup, p.Attributes.ExpectedHouseholds, p.Recorded))],
        State.Predecessors,
        State.Successors));

    public byte[] Boundaries => _boundaries ??= BoundaryWkb.Write([.. State.Periods.Select(p => p.Attributes.Boundary)]);

    public Envelope Envelope => State.Periods[^1].Attributes.Boundary.EnvelopeInternal;

    /// <summary>Rebuilds the state from its columns.</summary>
    public static GridRow Read(string code, string json, byte[] wkb)
    {
        var payload = GridStateSerializer.Deserialize<Payload>(json);
        var boundaries = BoundaryWkb.Read(wkb);
        if (boundaries.Length != payload.Periods.Count)
        {
            throw new System.Text.Json.JsonException("The stored boundaries do not match the stored periods.");
        }

        var periods = payload.Periods
            .Select((p, i) => new GridPeriod(p.Validity, new GridAttributes(p.Name, boundaries[i], p.Sign, p.PartyGroup, p.ExpectedHouseholds), p.Recorded))
            .ToArray();
        return new GridRow(new GridState(payload.SchemaVersion, Jurisdictions.JurisdictionCode.Parse(code), periods, payload.Predecessors, payload.Successors));
    }

    /// <summary>The JSON of a grid state without its boundaries (the same form as the SQLite backend's).</summary>
    internal sealed record Payload(int SchemaVersion, IReadOnlyList<PeriodPayload> Periods, IReadOnlyList<LineageLink> Predecessors, IReadOnlyList<LineageLink> Successors);

    /// <summary>One period without its boundary.</summary>
    internal sealed record PeriodPayload(ValidityPeriod Validity, string Name, string? Sign, string? PartyGroup, int? ExpectedHouseholds, ChangeStamp Recorded);
}
