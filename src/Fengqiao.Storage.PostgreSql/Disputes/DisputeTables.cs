using Fengqiao.Disputes;
using Fengqiao.Disputes.Storage;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Disputes;

/// <summary>
/// A dispute's row. Written from <see cref="State"/> with the session's serializer and protector; read
/// back as <see cref="Json"/> only, which the store turns into a state with its own protector.
/// </summary>
/// <param name="State">The state (writes).</param>
/// <param name="Serializer">The serializer that encrypts phones (writes).</param>
/// <param name="Protector">The protector for phone index tokens (writes).</param>
/// <param name="Json">The payload (reads).</param>
internal sealed record DisputeRow(DisputeState? State, DisputeStateSerializer? Serializer, IFieldProtector? Protector, string? Json = null)
{
    public DisputeState Written => State ?? throw new InvalidOperationException("A row read back has no state until the store deserializes it.");
}

/// <summary>The disputes module's table (migration 0004): which state goes into which column.</summary>
internal static class DisputeTables
{
    public static readonly AggregateTable<DisputeId, DisputeRow> Disputes = new(
        "disputes",
        nameof(Dispute),
        [
            new TableColumn<DisputeRow, Guid>("id", NpgsqlDbType.Uuid, r => r.Written.Id.Value),
            new TableColumn<DisputeRow, string>("area_code", NpgsqlDbType.Text, r => r.Written.Location.Area.ToString()),
            new TableColumn<DisputeRow, LocalDate>("reported_on", NpgsqlDbType.Date, r => r.Written.ReportedOn),
            new TableColumn<DisputeRow, string>("category", NpgsqlDbType.Text, r => r.Written.Revisions.Count > 0 ? r.Written.Revisions[^1].Record.Category : r.Written.Record.Category),
            new TableColumn<DisputeRow, short>("status", NpgsqlDbType.Smallint, r => (short)r.Written.Status),
            new TableColumn<DisputeRow, bool>("is_open", NpgsqlDbType.Boolean, r => DisputeWorkflow.IsOpen(r.Written.Status)),
            new TableColumn<DisputeRow, short>("level", NpgsqlDbType.Smallint, r => (short)r.Written.Level),
            new TableColumn<DisputeRow, LocalDate>("deadline", NpgsqlDbType.Date, r => r.Written.Deadline),
            new TableColumn<DisputeRow, Guid[]>("resident_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, r => [.. r.Written.Record.Parties.Where(p => p.Resident is not null).Select(p => p.Resident!.Value.Value).Distinct()]),
            new TableColumn<DisputeRow, string[]>("phone_indexes", NpgsqlDbType.Array | NpgsqlDbType.Text, r => [.. r.Written.Record.Parties.Where(p => p.Phone is not null).Select(p => r.Protector!.Index(p.Phone!.Value.RevealUnmasked(), FieldPurposes.MobileNumber)).Distinct()]),
            new TableColumn<DisputeRow, int>("schema_version", NpgsqlDbType.Integer, r => r.Written.SchemaVersion),
            new TableColumn<DisputeRow, string>("payload", NpgsqlDbType.Jsonb, r => r.Serializer!.Serialize(r.Written)),
        ],
        keyColumn: "id",
        keyOf: r => r.Written.Id,
        keyParameter: id => new NpgsqlParameter<Guid> { TypedValue = id.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
        jurisdictionColumn: "area_code",
        jurisdictionOf: r => r.Written.Location.Area,
        read: r => new DisputeRow(null, null, null, r.GetString(r.GetOrdinal("payload"))));
}
