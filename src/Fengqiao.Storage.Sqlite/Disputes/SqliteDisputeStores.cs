using Ardalis.GuardClauses;
using Fengqiao.Disputes;

namespace Fengqiao.Storage.Sqlite.Disputes;

/// <summary>
/// Adds the disputes module's SQLite store (<see cref="IDisputeStore"/>) to the SQLite backend. <c>UseSqlite(…)</c>
/// registers it and the provider adds it by default. Disputes keep outside persons' phone numbers encrypted,
/// so the backend needs a field protector (<see cref="SqliteStorageOptions.FieldProtector"/>).
/// </summary>
public sealed class SqliteDisputeStores : IStoreContributor<SqliteStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<SqliteStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IDisputeStore>(session => new SqliteDisputeStore(session));
    }
}
