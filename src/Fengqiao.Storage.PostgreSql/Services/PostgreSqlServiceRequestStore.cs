using Ardalis.GuardClauses;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>
/// The PostgreSQL <see cref="IServiceRequestStore"/>: table <c>service_requests</c>, partitioned by the station's
/// county; the applicant's personal data is one encrypted envelope, found by phone or ID through index columns.
/// </summary>
internal sealed class PostgreSqlServiceRequestStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<ServiceRequestId, ProtectedServiceState<ServiceRequestState>, ServiceRequest>(session, ServiceTables.Requests), IServiceRequestStore
{
    private readonly PostgreSqlStorageSession _session = session;

    public Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<ServiceRequest> QueryAsync(ServiceRequestQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("station_code", root);
        }

        if (query.ServiceCode is { } code)
        {
            where.And("service_code = " + where.Parameter(code, NpgsqlDbType.Text));
        }

        if (query.Status is { } status)
        {
            where.And("status = " + where.Parameter((short)status, NpgsqlDbType.Smallint));
        }

        if (query.SubmittedFrom is { } from)
        {
            where.And("submitted_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.SubmittedTo is { } to)
        {
            where.And("submitted_on <= " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.ApplicantPhone is { } phone)
        {
            where.And("phone_ix = " + where.Parameter(ServiceFieldProtection.PhoneIndexOf(phone, _session.Provider.FieldProtector), NpgsqlDbType.Text));
        }

        if (query.ApplicantCitizenId is { } citizen)
        {
            where.And("citizen_ix = " + where.Parameter(ServiceFieldProtection.CitizenIdIndexOf(citizen, _session.Provider.FieldProtector), NpgsqlDbType.Text));
        }

        if (query.HotlineReference is { } reference)
        {
            where.And("hotline_ref = " + where.Parameter(reference, NpgsqlDbType.Text));
        }

        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(ServiceRequest request, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(request), cancellationToken);

    protected override ProtectedServiceState<ServiceRequestState> ToRow(ServiceRequest aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override ServiceRequest FromRow(ProtectedServiceState<ServiceRequestState> row, long version) =>
        ServiceRequest.FromState(ServicePersonalData.Merge(row.Stripped, ServiceFieldProtection.Unprotect(row.Envelope, _session.Provider.FieldProtector)!), version);

    protected override bool IsVisible(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
