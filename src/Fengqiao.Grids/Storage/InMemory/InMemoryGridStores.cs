using Ardalis.GuardClauses;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>
/// Adds the grids module's in-memory stores (<see cref="IJurisdictionStore"/>, <see cref="IGridStore"/>,
/// <see cref="IPoliceBeatStore"/>, <see cref="IStaffStore"/>, <see cref="ITrainingStore"/>) to the
/// in-memory backend. <c>AddGrids()</c> registers it; tests can pass it to
/// <see cref="InMemoryStorageProvider(IEnumerable{IStoreContributor{InMemoryStorageSession}})"/>.
/// </summary>
public sealed class InMemoryGridStores : IStoreContributor<InMemoryStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<InMemoryStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IJurisdictionStore>(session => new InMemoryJurisdictionStore(session));
        stores.Add<IGridStore>(session => new InMemoryGridStore(session));
        stores.Add<IPoliceBeatStore>(session => new InMemoryPoliceBeatStore(session));
        stores.Add<IStaffStore>(session => new InMemoryStaffStore(session));
        stores.Add<ITrainingStore>(session => new InMemoryTrainingStore(session));
    }
}
