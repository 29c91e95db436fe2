using Ardalis.GuardClauses;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;

namespace Fengqiao.Storage.PostgreSql.Services;

/// <summary>
/// Adds the services module's PostgreSQL stores (<see cref="IServiceCatalogStore"/>, <see cref="IServiceRequestStore"/>,
/// <see cref="IWorkOrderStore"/>, <see cref="IFoundItemStore"/>) to the PostgreSQL backend. <c>UsePostgreSql(…)</c>
/// registers it. Requests, work orders and found items keep personal data encrypted, so the provider needs a field protector.
/// </summary>
public sealed class PostgreSqlServiceStores : IStoreContributor<PostgreSqlStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IServiceCatalogStore>(session => new PostgreSqlServiceCatalogStore(session));
        stores.Add<IServiceRequestStore>(session => new PostgreSqlServiceRequestStore(session));
        stores.Add<IWorkOrderStore>(session => new PostgreSqlWorkOrderStore(session));
        stores.Add<IFoundItemStore>(session => new PostgreSqlFoundItemStore(session));
    }
}
