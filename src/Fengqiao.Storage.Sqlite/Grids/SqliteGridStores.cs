using Ardalis.GuardClauses;
using Fengqiao.Grids;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>
/// Adds the grids module's SQLite stores (<see cref="IJurisdictionStore"/>, <see cref="IGridStore"/>,
/// <see cref="IPoliceBeatStore"/>, <see cref="IStaffStore"/>, <see cref="ITrainingStore"/>) to the SQLite
/// backend. <c>UseSqlite(…)</c> registers it; <see cref="SqliteStorageProvider.OpenAsync(string, Action{SqliteStorageOptions}?, CancellationToken)"/> adds it by default.
/// </summary>
public sealed class SqliteGridStores : IStoreContributor<SqliteStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<SqliteStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IJurisdictionStore>(session => new SqliteJurisdictionStore(session));
        stores.Add<IGridStore>(session => new SqliteGridStore(session));
        stores.Add<IPoliceBeatStore>(session => new SqlitePoliceBeatStore(session));
        stores.Add<IStaffStore>(session => new SqliteStaffStore(session));
        stores.Add<ITrainingStore>(session => new SqliteTrainingStore(session));
    }
}
