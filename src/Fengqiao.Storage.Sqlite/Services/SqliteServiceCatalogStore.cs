using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Services;

/// <summary>The SQLite <see cref="IServiceCatalogStore"/>: table <c>service_catalog</c>, visible where the publisher touches the scope.</summary>
internal sealed class SqliteServiceCatalogStore(SqliteStorageSession session)
    : SqliteAggregateStore<string, ConvenienceServiceState, ConvenienceService>(session, Map, "SELECT c.state, c.version FROM service_catalog c"), IServiceCatalogStore
{
    internal static readonly SqliteTableMap<string, ConvenienceServiceState> Map = new(
        nameof(ConvenienceService),
        "service_catalog",
        new SqliteColumn<string>("code", SqliteType.Text, code => code),
        [
            new("publisher", SqliteType.Text, s => SqliteValues.ToText(s.Publisher)),
            new("grp", SqliteType.Integer, s => (long)s.Versions[^1].Group),
            new("state", SqliteType.Text, s => ServiceStateSerializer.Serialize(s)),
        ]);

    public Task<ConvenienceService?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        FindCoreAsync("c.code", Guard.Against.Null(code), cancellationToken);

    public IAsyncEnumerable<ConvenienceService> QueryAsync(ServiceCatalogQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Group is { } group)
                {
                    where.And($"c.grp = {where.Parameter((long)group)}");
                }
            },
            " ORDER BY c.code",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(ConvenienceService service, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(service), cancellationToken);

    protected override ConvenienceService Read(SqliteDataReader reader) =>
        ConvenienceService.FromState(ServiceStateSerializer.Deserialize<ConvenienceServiceState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And(where.TouchesScope(Scope, "c.publisher"));
        }
    }

    protected override string KeyOf(ConvenienceService aggregate) => aggregate.Code;

    protected override ConvenienceServiceState ToRow(ConvenienceService aggregate) => aggregate.ToState();

    protected override bool IsVisible(ConvenienceService aggregate) => ServiceVisibility.CanReadCatalog(Scope, aggregate.Publisher);

    protected override bool IsWritable(ConvenienceService aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Publisher);
}
