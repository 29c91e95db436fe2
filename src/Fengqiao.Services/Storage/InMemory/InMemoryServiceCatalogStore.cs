using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Services.Storage.InMemory;

/// <summary>The in-memory <see cref="IServiceCatalogStore"/>.</summary>
internal sealed class InMemoryServiceCatalogStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<string, ConvenienceServiceState, ConvenienceService>(session, nameof(ConvenienceService)), IServiceCatalogStore
{
    public Task<ConvenienceService?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(Guard.Against.Null(code), cancellationToken);

    public IAsyncEnumerable<ConvenienceService> QueryAsync(ServiceCatalogQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(s => s.Code, StringComparer.Ordinal), cancellationToken);
    }

    public Task SaveAsync(ConvenienceService service, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(service), cancellationToken);

    protected override string KeyOf(ConvenienceService aggregate) => aggregate.Code;

    protected override ConvenienceServiceState ToState(ConvenienceService aggregate) => aggregate.ToState();

    protected override ConvenienceService FromState(ConvenienceServiceState state, long version) => ConvenienceService.FromState(state, version);

    protected override bool IsVisible(ConvenienceService aggregate) => ServiceVisibility.CanReadCatalog(Scope, aggregate.Publisher);

    protected override bool IsWritable(ConvenienceService aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Publisher);
}
