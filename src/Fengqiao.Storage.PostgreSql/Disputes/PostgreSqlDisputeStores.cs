using Ardalis.GuardClauses;
using Fengqiao.Disputes;

namespace Fengqiao.Storage.PostgreSql.Disputes;

/// <summary>
/// Adds the disputes module's PostgreSQL store (<see cref="IDisputeStore"/>) to the PostgreSQL backend.
/// <c>UsePostgreSql(…)</c> registers it and the provider adds it by default. Disputes keep outside persons'
/// phone numbers encrypted, so the backend needs a field protector (<see cref="PostgreSqlStorageOptions.FieldProtector"/>).
/// </summary>
public sealed class PostgreSqlDisputeStores : IStoreContributor<PostgreSqlStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IDisputeStore>(session => new PostgreSqlDisputeStore(session));
    }
}
