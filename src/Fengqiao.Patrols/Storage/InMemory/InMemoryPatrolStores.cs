using Ardalis.GuardClauses;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>
/// Adds the patrols module's in-memory stores (<see cref="IPatrolStore"/>, <see cref="IInspectionStore"/>,
/// <see cref="IIncidentStore"/>, <see cref="IPreventionStore"/>) to the in-memory backend. <c>AddPatrols()</c> registers it.
/// </summary>
public sealed class InMemoryPatrolStores : IStoreContributor<InMemoryStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<InMemoryStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IPatrolStore>(session => new InMemoryPatrolStore(session));
        stores.Add<IInspectionStore>(session => new InMemoryInspectionStore(session));
        stores.Add<IIncidentStore>(session => new InMemoryIncidentStore(session));
        stores.Add<IPreventionStore>(session => new InMemoryPreventionStore(session));
    }
}
