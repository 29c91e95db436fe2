using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>The PostgreSQL <see cref="IServiceCatalogStore"/>: table <c>service_catalog</c>, visible where the publisher touches the scope.</summary>
internal sealed class PostgreSqlServiceCatalogStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<string, ConvenienceServiceState, ConvenienceService>(session, ServiceTables.Catalog), IServiceCatalogStore
{
    public Task<ConvenienceService?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(Guard.Against.Null(code), jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<ConvenienceService> QueryAsync(ServiceCatalogQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Group is { } group)
        {
            where.And("service_group = " + where.Parameter((short)group, NpgsqlDbType.Smallint));
        }

        return QueryCoreAsync(where, "code", query.Matches, cancellationToken);
    }

    public Task SaveAsync(ConvenienceService service, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(service), cancellationToken);

    protected override ConvenienceServiceState ToRow(ConvenienceService aggregate) => aggregate.ToState();

    protected override ConvenienceService FromRow(ConvenienceServiceState row, long version) => ConvenienceService.FromState(row, version);

    protected override bool IsVisible(ConvenienceService aggregate) => ServiceVisibility.CanReadCatalog(Scope, aggregate.Publisher);

    protected override bool IsWritable(ConvenienceService aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Publisher);
}
