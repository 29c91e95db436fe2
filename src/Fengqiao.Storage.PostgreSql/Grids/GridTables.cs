using Fengqiao.Grids;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>The grids module's tables (migration 0002): which state goes into which column.</summary>
internal static class GridTables
{
    public static readonly AggregateTable<JurisdictionCode, JurisdictionState> Jurisdictions = new(
        "jurisdictions",
        nameof(Jurisdiction),
        [
            Text<JurisdictionState>("code", s => s.Code.ToString()),
            new TableColumn<JurisdictionState, short>("level", NpgsqlDbType.Smallint, s => (short)s.Code.Level),
            Text<JurisdictionState>("parent_code", s => s.Code.Parent?.ToString()),
            Date<JurisdictionState>("valid_from", s => s.Periods[0].Validity.ValidFrom),
            Date<JurisdictionState>("valid_to", s => s.Periods[^1].Validity.ValidTo),
            Text<JurisdictionState>("name", s => s.Periods[^1].Name),
            SchemaVersion<JurisdictionState>(s => s.SchemaVersion),
            Json<JurisdictionState>(GridStateSerializer.Serialize),
        ],
        keyColumn: "code",
        keyOf: s => s.Code,
        keyParameter: CodeParameter,
        jurisdictionColumn: "code",
        jurisdictionOf: s => s.Code,
        read: r => GridStateSerializer.Deserialize<JurisdictionState>(r.GetString(r.GetOrdinal("payload"))));

    public static readonly AggregateTable<JurisdictionCode, GridRow> Grids = new(
        "grids",
        nameof(Grid),
        [
            Text<GridRow>("code", r => r.State.Code.ToString()),
            Text<GridRow>("village_code", r => r.State.Code.Parent!.Value.ToString()),
            Date<GridRow>("valid_from", r => r.State.Periods[0].Validity.ValidFrom),
            Date<GridRow>("valid_to", r => r.State.Periods[^1].Validity.ValidTo),
            Text<GridRow>("name", r => r.State.Periods[^1].Attributes.Name),
            Coordinate("min_x", r => r.Envelope.MinX),
            Coordinate("min_y", r => r.Envelope.MinY),
            Coordinate("max_x", r => r.Envelope.MaxX),
            Coordinate("max_y", r => r.Envelope.MaxY),
            SchemaVersion<GridRow>(r => r.State.SchemaVersion),
            Json<GridRow>(r => r.Json),
            new TableColumn<GridRow, byte[]>("boundaries", NpgsqlDbType.Bytea, r => r.Boundaries),
        ],
        keyColumn: "code",
        keyOf: r => r.State.Code,
        keyParameter: CodeParameter,
        jurisdictionColumn: "code",
        jurisdictionOf: r => r.State.Code,
        read: r => GridRow.Read(r.GetString(r.GetOrdinal("code")), r.GetString(r.GetOrdinal("payload")), r.GetFieldValue<byte[]>(r.GetOrdinal("boundaries"))));

    public static readonly AggregateTable<PoliceBeatId, PoliceBeatState> PoliceBeats = new(
        "police_beats",
        nameof(PoliceBeat),
        [
            Id<PoliceBeatState>(s => s.Id.Value),
            Text<PoliceBeatState>("code", s => s.Code),
            Text<PoliceBeatState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            Date<PoliceBeatState>("valid_from", s => s.Validity.ValidFrom),
            Date<PoliceBeatState>("valid_to", s => s.Validity.ValidTo),
            Codes<PoliceBeatState>("area_codes", s => s.Coverage.Select(c => c.Area)),
            Ids<PoliceBeatState>("officer_ids", s => s.Officers.Select(o => o.Officer.Value)),
            SchemaVersion<PoliceBeatState>(s => s.SchemaVersion),
            Json<PoliceBeatState>(GridStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => GridStateSerializer.Deserialize<PoliceBeatState>(r.GetString(r.GetOrdinal("payload"))),
        areasColumn: "area_codes");

    public static readonly AggregateTable<StaffMemberId, StaffMemberState> StaffMembers = new(
        "staff_members",
        nameof(StaffMember),
        [
            Id<StaffMemberState>(s => s.Id.Value),
            Text<StaffMemberState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            Codes<StaffMemberState>("area_codes", s => s.Assignments.Select(a => a.Area)),
            SchemaVersion<StaffMemberState>(s => s.SchemaVersion),
            Json<StaffMemberState>(GridStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => GridStateSerializer.Deserialize<StaffMemberState>(r.GetString(r.GetOrdinal("payload"))),
        areasColumn: "area_codes");

    public static readonly AggregateTable<TrainingSessionId, TrainingSessionState> TrainingSessions = new(
        "training_sessions",
        nameof(TrainingSession),
        [
            Id<TrainingSessionState>(s => s.Id.Value),
            Text<TrainingSessionState>("jurisdiction_code", s => s.Jurisdiction.ToString()),
            new TableColumn<TrainingSessionState, LocalDate>("held_on", NpgsqlDbType.Date, s => s.Date),
            Ids<TrainingSessionState>("attendee_ids", s => s.Attendees.Select(a => a.Value)),
            SchemaVersion<TrainingSessionState>(s => s.SchemaVersion),
            Json<TrainingSessionState>(GridStateSerializer.Serialize),
        ],
        keyColumn: "id",
        keyOf: s => s.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "jurisdiction_code",
        jurisdictionOf: s => s.Jurisdiction,
        read: r => GridStateSerializer.Deserialize<TrainingSessionState>(r.GetString(r.GetOrdinal("payload"))));

    /// <summary>Registers the tables with the bulk path, taking the module's state records.</summary>
    public static void AddBulkTables(PostgreSqlStorageProvider provider)
    {
        provider.AddTable(Jurisdictions);
        provider.AddBulkTable(new MappedBulkTable<JurisdictionCode, GridState, GridRow>(Grids, s => new GridRow(s), s => s.Code));
        provider.AddTable(PoliceBeats);
        provider.AddTable(StaffMembers);
        provider.AddTable(TrainingSessions);
    }

    private static NpgsqlParameter<string> CodeParameter(JurisdictionCode code) =>
        new NpgsqlParameter<string> { TypedValue = code.ToString(), NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter<Guid> IdParameter(Guid id) => new NpgsqlParameter<Guid> { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Uuid };

    private static TableColumn<T> Text<T>(string name, Func<T, string?> value) => new TableColumn<T, string?>(name, NpgsqlDbType.Text, value);

    private static TableColumn<T> Date<T>(string name, Func<T, LocalDate?> value) => new TableColumn<T, LocalDate?>(name, NpgsqlDbType.Date, value);

    private static TableColumn<T> Id<T>(Func<T, Guid> value) => new TableColumn<T, Guid>("id", NpgsqlDbType.Uuid, value);

    private static TableColumn<T> SchemaVersion<T>(Func<T, int> value) => new TableColumn<T, int>("schema_version", NpgsqlDbType.Integer, value);

    private static TableColumn<T> Json<T>(Func<T, string> value) => new TableColumn<T, string>("payload", NpgsqlDbType.Jsonb, value);

    private static TableColumn<GridRow> Coordinate(string name, Func<GridRow, double> value) => new TableColumn<GridRow, double>(name, NpgsqlDbType.Double, value);

    // Distinct, so an area covered in several periods is indexed once.
    private static TableColumn<T> Codes<T>(string name, Func<T, IEnumerable<JurisdictionCode>> codes) =>
        new TableColumn<T, string[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Text, s => [.. codes(s).Distinct().Select(c => c.ToString())]);

    private static TableColumn<T> Ids<T>(string name, Func<T, IEnumerable<Guid>> ids) =>
        new TableColumn<T, Guid[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Uuid, s => [.. ids(s).Distinct()]);
}
