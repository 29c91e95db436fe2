using Ardalis.GuardClauses;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Fengqiao.Time;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Sqlite.Services;

/// <summary>
/// The SQLite <see cref="IServiceRequestStore"/>: table <c>service_request</c>. Report columns (status,
/// submission, due and closing dates, on time) let a county-year's on-time rate be counted in SQL; the
/// applicant's personal data is one encrypted envelope, found by phone or ID through index columns.
/// </summary>
internal sealed class SqliteServiceRequestStore(SqliteStorageSession session)
    : SqliteAggregateStore<ServiceRequestId, ProtectedServiceState<ServiceRequestState>, ServiceRequest>(session, Map, "SELECT r.state, r.version, r.personal FROM service_request r"), IServiceRequestStore
{
    // Civil dates of closing are those of the station's zone; every station of this library runs on Asia/Shanghai.
    private static readonly ServiceClock ReportClock = new(WorkingCalendarSet.Embedded.National, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    internal static readonly SqliteTableMap<ServiceRequestId, ProtectedServiceState<ServiceRequestState>> Map = new(
        nameof(ServiceRequest),
        "service_request",
        new SqliteColumn<ServiceRequestId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("station", SqliteType.Text, r => SqliteValues.ToText(r.Stripped.Station)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Stripped.Station))),
            new("service_code", SqliteType.Text, r => r.Stripped.ServiceCode),
            new("status", SqliteType.Integer, r => (long)r.Stripped.Status),
            new("submitted_on", SqliteType.Text, r => SqliteValues.ToText(r.Stripped.SubmittedOn)),
            new("due_on", SqliteType.Text, r => SqliteValues.DbValue(r.Stripped.DueOn)),
            new("closed_on", SqliteType.Text, r => SqliteValues.DbValue(r.Stripped.ClosedAt is { } at ? ReportClock.DateOf(at) : null)),
            new("on_time", SqliteType.Integer, r => SqliteValues.DbValue(OnTime(r.Stripped))),
            new("hotline_ref", SqliteType.Text, r => SqliteValues.DbValue(r.Stripped.Hotline?.ExternalReference)),
            new("phone_ix", SqliteType.Text, r => SqliteValues.DbValue(r.PhoneIndex)),
            new("citizen_ix", SqliteType.Text, r => SqliteValues.DbValue(r.CitizenIdIndex)),
            new("personal", SqliteType.Text, r => r.Envelope!),
            new("state", SqliteType.Text, r => ServiceStateSerializer.Serialize(r.Stripped)),
        ]);

    private readonly SqliteStorageSession _session = session;

    public Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("r.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<ServiceRequest> QueryAsync(ServiceRequestQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("r.station", root));
                }

                if (query.ServiceCode is { } code)
                {
                    where.And($"r.service_code = {where.Parameter(code)}");
                }

                if (query.Status is { } status)
                {
                    where.And($"r.status = {where.Parameter((long)status)}");
                }

                if (query.SubmittedFrom is { } from)
                {
                    where.And($"r.submitted_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.SubmittedTo is { } to)
                {
                    where.And($"r.submitted_on <= {where.Parameter(SqliteValues.ToText(to))}");
                }

                if (query.ApplicantPhone is { } phone)
                {
                    where.And($"r.phone_ix = {where.Parameter(ServiceFieldProtection.PhoneIndexOf(phone, _session.Provider.FieldProtector))}");
                }

                if (query.ApplicantCitizenId is { } citizen)
                {
                    where.And($"r.citizen_ix = {where.Parameter(ServiceFieldProtection.CitizenIdIndexOf(citizen, _session.Provider.FieldProtector))}");
                }

                if (query.HotlineReference is { } reference)
                {
                    where.And($"r.hotline_ref = {where.Parameter(reference)}");
                }
            },
            " ORDER BY r.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(ServiceRequest request, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(request), cancellationToken);

    internal static long? OnTime(ServiceRequestState state) =>
        state.Status == ServiceRequestStatus.Completed
            ? (state.DueAt is { } dueAt ? state.ClosedAt <= dueAt : ReportClock.DateOf(state.ClosedAt!.Value) <= state.DueOn) ? 1 : 0
            : null;

    protected override ServiceRequest Read(SqliteDataReader reader)
    {
        var stripped = ServiceStateSerializer.Deserialize<ServiceRequestState>(reader.GetString(0));
        var personal = ServiceFieldProtection.Unprotect(reader.GetString(2), _session.Provider.FieldProtector)!;
        return ServiceRequest.FromState(ServicePersonalData.Merge(stripped, personal), reader.GetInt64(1));
    }

    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And(where.InScope(Scope, "r.station"));
        }
    }

    protected override ServiceRequestId KeyOf(ServiceRequest aggregate) => aggregate.Id;

    protected override ProtectedServiceState<ServiceRequestState> ToRow(ServiceRequest aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override bool IsVisible(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
