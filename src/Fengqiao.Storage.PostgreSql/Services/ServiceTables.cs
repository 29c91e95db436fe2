using Fengqiao.Services.Catalog;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.PostgreSql.Tables;
using Fengqiao.Time;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>The services module's tables (migration 0005): which state goes into which column.</summary>
internal static class ServiceTables
{
    // Closing dates are civil dates of the stations' zone, Asia/Shanghai.
    private static readonly ServiceClock ReportClock = new(WorkingCalendarSet.Embedded.National, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    public static readonly AggregateTable<string, ConvenienceServiceState> Catalog = new(
        "service_catalog",
        nameof(ConvenienceService),
        [
            Text<ConvenienceServiceState>("code", s => s.Code),
            Text<ConvenienceServiceState>("publisher_code", s => s.Publisher.ToString()),
            new TableColumn<ConvenienceServiceState, short>("service_group", NpgsqlDbType.Smallint, s => (short)s.Versions[^1].Group),
            new TableColumn<ConvenienceServiceState, string[]>("area_codes", NpgsqlDbType.Array | NpgsqlDbType.Text, s => [s.Publisher.ToString()]),
            SchemaVersion<ConvenienceServiceState>(s => s.SchemaVersion),
            Json<ConvenienceServiceState>(ServiceStateSerializer.Serialize),
        ],
        keyColumn: "code",
        keyOf: s => s.Code,
        keyParameter: code => new NpgsqlParameter<string> { TypedValue = code, NpgsqlDbType = NpgsqlDbType.Text },
        jurisdictionColumn: "publisher_code",
        jurisdictionOf: s => s.Publisher,
        read: r => ServiceStateSerializer.Deserialize<ConvenienceServiceState>(r.GetString(r.GetOrdinal("payload"))),
        areasColumn: "area_codes");

    public static readonly AggregateTable<ServiceRequestId, ProtectedServiceState<ServiceRequestState>> Requests = new(
        "service_requests",
        nameof(ServiceRequest),
        [
            Id<ProtectedServiceState<ServiceRequestState>>(r => r.Stripped.Id.Value),
            Text<ProtectedServiceState<ServiceRequestState>>("station_code", r => r.Stripped.Station.ToString()),
            Text<ProtectedServiceState<ServiceRequestState>>("service_code", r => r.Stripped.ServiceCode),
            new TableColumn<ProtectedServiceState<ServiceRequestState>, short>("status", NpgsqlDbType.Smallint, r => (short)r.Stripped.Status),
            Date<ProtectedServiceState<ServiceRequestState>>("submitted_on", r => r.Stripped.SubmittedOn),
            Date<ProtectedServiceState<ServiceRequestState>>("due_on", r => r.Stripped.DueOn),
            Date<ProtectedServiceState<ServiceRequestState>>("closed_on", r => r.Stripped.ClosedAt is { } at ? ReportClock.DateOf(at) : null),
            new TableColumn<ProtectedServiceState<ServiceRequestState>, bool?>("on_time", NpgsqlDbType.Boolean, r => OnTime(r.Stripped)),
            Text<ProtectedServiceState<ServiceRequestState>>("hotline_ref", r => r.Stripped.Hotline?.ExternalReference),
            Text<ProtectedServiceState<ServiceRequestState>>("phone_ix", r => r.PhoneIndex),
            Text<ProtectedServiceState<ServiceRequestState>>("citizen_ix", r => r.CitizenIdIndex),
            Text<ProtectedServiceState<ServiceRequestState>>("personal", r => r.Envelope),
            SchemaVersion<ProtectedServiceState<ServiceRequestState>>(r => r.Stripped.SchemaVersion),
            Json<ProtectedServiceState<ServiceRequestState>>(r => ServiceStateSerializer.Serialize(r.Stripped)),
        ],
        keyColumn: "id",
        keyOf: r => r.Stripped.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "station_code",
        jurisdictionOf: r => r.Stripped.Station,
        read: Read<ServiceRequestState>);

    public static readonly AggregateTable<WorkOrderId, ProtectedServiceState<WorkOrderState>> WorkOrders = new(
        "work_orders",
        nameof(WorkOrder),
        [
            Id<ProtectedServiceState<WorkOrderState>>(r => r.Stripped.Id.Value),
            Text<ProtectedServiceState<WorkOrderState>>("grid_code", r => r.Stripped.Grid.ToString()),
            new TableColumn<ProtectedServiceState<WorkOrderState>, short>("status", NpgsqlDbType.Smallint, r => (short)r.Stripped.Status),
            new TableColumn<ProtectedServiceState<WorkOrderState>, Guid?>("worker_id", NpgsqlDbType.Uuid, r => r.Stripped.Worker?.Value),
            Text<ProtectedServiceState<WorkOrderState>>("phone_ix", r => r.PhoneIndex),
            Text<ProtectedServiceState<WorkOrderState>>("citizen_ix", r => r.CitizenIdIndex),
            Text<ProtectedServiceState<WorkOrderState>>("personal", r => r.Envelope),
            SchemaVersion<ProtectedServiceState<WorkOrderState>>(r => r.Stripped.SchemaVersion),
            Json<ProtectedServiceState<WorkOrderState>>(r => ServiceStateSerializer.Serialize(r.Stripped)),
        ],
        keyColumn: "id",
        keyOf: r => r.Stripped.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.Stripped.Grid,
        read: Read<WorkOrderState>);

    public static readonly AggregateTable<FoundItemId, ProtectedServiceState<FoundItemState>> FoundItems = new(
        "found_items",
        nameof(FoundItem),
        [
            Id<ProtectedServiceState<FoundItemState>>(r => r.Stripped.Id.Value),
            Text<ProtectedServiceState<FoundItemState>>("station_code", r => r.Stripped.Station.ToString()),
            new TableColumn<ProtectedServiceState<FoundItemState>, short>("status", NpgsqlDbType.Smallint, r => (short)r.Stripped.Status),
            new TableColumn<ProtectedServiceState<FoundItemState>, short>("kind", NpgsqlDbType.Smallint, r => (short)r.Stripped.Kind),
            Text<ProtectedServiceState<FoundItemState>>("phone_ix", r => r.PhoneIndex),
            Text<ProtectedServiceState<FoundItemState>>("citizen_ix", r => r.CitizenIdIndex),
            Text<ProtectedServiceState<FoundItemState>>("personal", r => r.Envelope),
            SchemaVersion<ProtectedServiceState<FoundItemState>>(r => r.Stripped.SchemaVersion),
            Json<ProtectedServiceState<FoundItemState>>(r => ServiceStateSerializer.Serialize(r.Stripped)),
        ],
        keyColumn: "id",
        keyOf: r => r.Stripped.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "station_code",
        jurisdictionOf: r => r.Stripped.Station,
        read: Read<FoundItemState>);

    internal static bool? OnTime(ServiceRequestState state) =>
        state.Status == ServiceRequestStatus.Completed
            ? state.DueAt is { } dueAt ? state.ClosedAt <= dueAt : ReportClock.DateOf(state.ClosedAt!.Value) <= state.DueOn
            : null;

    // The envelope is read as stored; the store decrypts it with the provider's protector.
    private static ProtectedServiceState<TState> Read<TState>(NpgsqlDataReader reader)
        where TState : class
    {
        var personal = reader.GetOrdinal("personal");
        return new ProtectedServiceState<TState>(
            ServiceStateSerializer.Deserialize<TState>(reader.GetString(reader.GetOrdinal("payload"))),
            reader.IsDBNull(personal) ? null : reader.GetString(personal),
            null,
            null);
    }

    private static NpgsqlParameter<Guid> IdParameter(Guid id) => new() { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Uuid };

    private static TableColumn<T> Text<T>(string name, Func<T, string?> value) => new TableColumn<T, string?>(name, NpgsqlDbType.Text, value);

    private static TableColumn<T> Date<T>(string name, Func<T, LocalDate?> value) => new TableColumn<T, LocalDate?>(name, NpgsqlDbType.Date, value);

    private static TableColumn<T> Id<T>(Func<T, Guid> value) => new TableColumn<T, Guid>("id", NpgsqlDbType.Uuid, value);

    private static TableColumn<T> SchemaVersion<T>(Func<T, int> value) => new TableColumn<T, int>("schema_version", NpgsqlDbType.Integer, value);

    private static TableColumn<T> Json<T>(Func<T, string> value) => new TableColumn<T, string>("payload", NpgsqlDbType.Jsonb, value);
}
