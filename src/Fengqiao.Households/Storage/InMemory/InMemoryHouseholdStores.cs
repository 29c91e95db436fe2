using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>
/// Adds the households module's in-memory stores (<see cref="IHouseholdStore"/>, <see cref="IResidentStore"/>,
/// <see cref="IKeyPersonStore"/>, <see cref="IStandardAddressStore"/>, <see cref="IHouseStore"/>,
/// <see cref="IPremisesStore"/>, <see cref="IVisitStore"/>) to the in-memory backend. <c>AddHouseholds()</c>
/// registers it; tests can pass it to <see cref="InMemoryStorageProvider(IEnumerable{IStoreContributor{InMemoryStorageSession}})"/>.
/// </summary>
public sealed class InMemoryHouseholdStores : IStoreContributor<InMemoryStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<InMemoryStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IHouseholdStore>(session => new InMemoryHouseholdStore(session));
        stores.Add<IResidentStore>(session => new InMemoryResidentStore(session));
        stores.Add<IKeyPersonStore>(session => new InMemoryKeyPersonStore(session));
        stores.Add<IStandardAddressStore>(session => new InMemoryStandardAddressStore(session));
        stores.Add<IHouseStore>(session => new InMemoryHouseStore(session));
        stores.Add<IPremisesStore>(session => new InMemoryPremisesStore(session));
        stores.Add<IVisitStore>(session => new InMemoryVisitStore(session));
    }
}
