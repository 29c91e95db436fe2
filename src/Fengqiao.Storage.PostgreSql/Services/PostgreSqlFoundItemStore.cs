using Ardalis.GuardClauses;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>The PostgreSQL <see cref="IFoundItemStore"/>: table <c>found_items</c>, partitioned by the station's county.</summary>
internal sealed class PostgreSqlFoundItemStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<FoundItemId, ProtectedServiceState<FoundItemState>, FoundItem>(session, ServiceTables.FoundItems), IFoundItemStore
{
    private readonly PostgreSqlStorageSession _session = session;

    public Task<FoundItem?> FindAsync(FoundItemId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<FoundItem> QueryAsync(FoundItemQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("station_code", root);
        }

        if (query.Status is { } status)
        {
            where.And("status = " + where.Parameter((short)status, NpgsqlDbType.Smallint));
        }

        if (query.Kind is { } kind)
        {
            where.And("kind = " + where.Parameter((short)kind, NpgsqlDbType.Smallint));
        }

        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(FoundItem item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override ProtectedServiceState<FoundItemState> ToRow(FoundItem aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override FoundItem FromRow(ProtectedServiceState<FoundItemState> row, long version) =>
        FoundItem.FromState(ServicePersonalData.Merge(row.Stripped, ServiceFieldProtection.Unprotect(row.Envelope, _session.Provider.FieldProtector)), version);

    protected override bool IsVisible(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
