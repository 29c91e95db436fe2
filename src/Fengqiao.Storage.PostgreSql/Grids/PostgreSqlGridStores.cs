using Ardalis.GuardClauses;
using Fengqiao.Grids;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// Adds the grids module's PostgreSQL stores (<see cref="IJurisdictionStore"/>, <see cref="IGridStore"/>,
/// <see cref="IPoliceBeatStore"/>, <see cref="IStaffStore"/>, <see cref="ITrainingStore"/>) to the
/// PostgreSQL backend. <c>UsePostgreSql(…)</c> registers it; a <see cref="PostgreSqlStorageProvider"/>
/// made without a list of contributors adds it by default.
/// </summary>
public sealed class PostgreSqlGridStores : IStoreContributor<PostgreSqlStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IJurisdictionStore>(session => new PostgreSqlJurisdictionStore(session));
        stores.Add<IGridStore>(session => new PostgreSqlGridStore(session));
        stores.Add<IPoliceBeatStore>(session => new PostgreSqlPoliceBeatStore(session));
        stores.Add<IStaffStore>(session => new PostgreSqlStaffStore(session));
        stores.Add<ITrainingStore>(session => new PostgreSqlTrainingStore(session));
    }
}
