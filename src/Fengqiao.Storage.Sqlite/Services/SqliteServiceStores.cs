using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;

namespace Fengqiao.Storage.Sqlite.Services;

/// <summary>
/// Adds the services module's SQLite stores (<see cref="IServiceCatalogStore"/>, <see cref="IServiceRequestStore"/>,
/// <see cref="IWorkOrderStore"/>, <see cref="IFoundItemStore"/>) to the SQLite backend. <c>UseSqlite(…)</c> registers it.
/// Requests, work orders and found items keep personal data encrypted, so the provider needs a field protector.
/// </summary>
public sealed class SqliteServiceStores : IStoreContributor<SqliteStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<SqliteStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IServiceCatalogStore>(session => new SqliteServiceCatalogStore(session));
        stores.Add<IServiceRequestStore>(session => new SqliteServiceRequestStore(session));
        stores.Add<IWorkOrderStore>(session => new SqliteWorkOrderStore(session));
        stores.Add<IFoundItemStore>(session => new SqliteFoundItemStore(session));
    }
}
