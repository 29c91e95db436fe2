using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>The patrols module's tables (migration 0006): which state goes into which column.</summary>
internal static class PatrolTables
{
    public static readonly AggregateTable<PatrolId, PatrolState> Patrols = new(
        "patrols",
        nameof(Patrol),
        [
            Id<PatrolState>(s => s.Id.Value),
            Text<PatrolState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            Date<PatrolState>("started_on", s => s.Date),
            SchemaVersion<PatrolState>(s => s.SchemaVersion),
            Json<PatrolState>(PatrolStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => PatrolStateSerializer.Deserialize<PatrolState>(r.GetString(r.GetOrdinal("payload"))));

    public static readonly AggregateTable<InspectionId, InspectionState> Inspections = new(
        "inspections",
        nameof(Inspection),
        [
            Id<InspectionState>(s => s.Id.Value),
            Text<InspectionState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            Date<InspectionState>("inspected_on", s => s.Date),
            new TableColumn<InspectionState, Guid>("premises_id", NpgsqlDbType.Uuid, s => s.Premises.Value),
            SchemaVersion<InspectionState>(s => s.SchemaVersion),
            Json<InspectionState>(PatrolStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => PatrolStateSerializer.Deserialize<InspectionState>(r.GetString(r.GetOrdinal("payload"))));

    public static readonly AggregateTable<IncidentId, IncidentRow> Incidents = new(
        "incidents",
        nameof(Incident),
        [
            Id<IncidentRow>(r => r.State.Id.Value),
            Text<IncidentRow>("jurisdiction_code", r => r.State.Jurisdiction.ToString()),
            Date<IncidentRow>("received_on", r => r.State.Date),
            Text<IncidentRow>("caller_phone", r => r.ProtectedPhone),
            Text<IncidentRow>("caller_phone_index", r => r.PhoneIndex),
            SchemaVersion<IncidentRow>(r => r.State.SchemaVersion),
            Json<IncidentRow>(r => PatrolStateSerializer.Serialize(r.State with { CallerPhone = null })),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: r => r.State.Jurisdiction,
        read: r =>
        {
            var phone = r.GetOrdinal("caller_phone");
            return new IncidentRow(
                PatrolStateSerializer.Deserialize<IncidentState>(r.GetString(r.GetOrdinal("payload"))),
                r.IsDBNull(phone) ? null : r.GetString(phone),
                null);
        });

    public static readonly AggregateTable<PreventionActivityId, PreventionActivityState> PreventionActivities = new(
        "prevention_activities",
        nameof(PreventionActivity),
        [
            Id<PreventionActivityState>(s => s.Id.Value),
            Text<PreventionActivityState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            Date<PreventionActivityState>("held_on", s => s.Date),
            Text<PreventionActivityState>("kind", s => s.Kind.ToString()),
            SchemaVersion<PreventionActivityState>(s => s.SchemaVersion),
            Json<PreventionActivityState>(PatrolStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => PatrolStateSerializer.Deserialize<PreventionActivityState>(r.GetString(r.GetOrdinal("payload"))));

    private static NpgsqlParameter<Guid> IdParameter(Guid id) => new() { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Uuid };

    private static TableColumn<T> Text<T>(string name, Func<T, string?> value) => new TableColumn<T, string?>(name, NpgsqlDbType.Text, value);

    private static TableColumn<T> Date<T>(string name, Func<T, LocalDate> value) => new TableColumn<T, LocalDate>(name, NpgsqlDbType.Date, value);

    private static TableColumn<T> Id<T>(Func<T, Guid> value) => new TableColumn<T, Guid>("id", NpgsqlDbType.Uuid, value);

    private static TableColumn<T> SchemaVersion<T>(Func<T, int> value) => new TableColumn<T, int>("schema_version", NpgsqlDbType.Integer, value);

    private static TableColumn<T> Json<T>(Func<T, string> value) => new TableColumn<T, string>("payload", NpgsqlDbType.Jsonb, value);
}
