using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Services.Storage.InMemory;

/// <summary>
/// Adds the services module's in-memory stores (<see cref="IServiceCatalogStore"/>, <see cref="IServiceRequestStore"/>,
/// <see cref="IWorkOrderStore"/>, <see cref="IFoundItemStore"/>) to the in-memory backend. <c>AddServices()</c>
/// registers it; tests can pass it to <see cref="InMemoryStorageProvider(IEnumerable{IStoreContributor{InMemoryStorageSession}})"/>.
/// </summary>
public sealed class InMemoryServiceStores : IStoreContributor<InMemoryStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<InMemoryStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IServiceCatalogStore>(session => new InMemoryServiceCatalogStore(session));
        stores.Add<IServiceRequestStore>(session => new InMemoryServiceRequestStore(session));
        stores.Add<IWorkOrderStore>(session => new InMemoryWorkOrderStore(session));
        stores.Add<IFoundItemStore>(session => new InMemoryFoundItemStore(session));
    }
}
