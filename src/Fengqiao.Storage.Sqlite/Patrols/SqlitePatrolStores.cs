using Ardalis.GuardClauses;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;

namespace Fengqiao.Storage.Sqlite.Patrols;

/// <summary>
/// Adds the patrols module's SQLite stores (<see cref="IPatrolStore"/>, <see cref="IInspectionStore"/>,
/// <see cref="IIncidentStore"/>, <see cref="IPreventionStore"/>) to the SQLite backend. <c>UseSqlite(…)</c>
/// registers it and a provider made without a list of contributors adds it by default. Incidents with a
/// caller phone need the provider's field protector.
/// </summary>
public sealed class SqlitePatrolStores : IStoreContributor<SqliteStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<SqliteStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IPatrolStore>(session => new SqlitePatrolStore(session));
        stores.Add<IInspectionStore>(session => new SqliteInspectionStore(session));
        stores.Add<IIncidentStore>(session => new SqliteIncidentStore(session));
        stores.Add<IPreventionStore>(session => new SqlitePreventionStore(session));
    }
}
