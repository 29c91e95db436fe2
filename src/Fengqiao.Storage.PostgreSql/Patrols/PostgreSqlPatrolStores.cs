using Ardalis.GuardClauses;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>
/// Adds the patrols module's PostgreSQL stores (<see cref="IPatrolStore"/>, <see cref="IInspectionStore"/>,
/// <see cref="IIncidentStore"/>, <see cref="IPreventionStore"/>) to the PostgreSQL backend. <c>UsePostgreSql(…)</c>
/// registers it and a provider made without a list of contributors adds it by default. Incidents with a
/// caller phone need the provider's field protector.
/// </summary>
public sealed class PostgreSqlPatrolStores : IStoreContributor<PostgreSqlStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IPatrolStore>(session => new PostgreSqlPatrolStore(session));
        stores.Add<IInspectionStore>(session => new PostgreSqlInspectionStore(session));
        stores.Add<IIncidentStore>(session => new PostgreSqlIncidentStore(session));
        stores.Add<IPreventionStore>(session => new PostgreSqlPreventionStore(session));
    }
}
