using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>
/// Adds the households module's PostgreSQL stores (<see cref="IHouseholdStore"/>, <see cref="IResidentStore"/>,
/// <see cref="IKeyPersonStore"/>, <see cref="IStandardAddressStore"/>, <see cref="IHouseStore"/>,
/// <see cref="IPremisesStore"/>, <see cref="IVisitStore"/>) to the PostgreSQL backend. They need the provider's
/// field protector (<see cref="PostgreSqlStorageOptions.FieldProtector"/>, or <c>UseFieldProtection</c> in DI).
/// <c>UsePostgreSql(…)</c> registers it; a provider made without contributors adds it by default.
/// </summary>
public sealed class PostgreSqlHouseholdStores : IStoreContributor<PostgreSqlStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IHouseholdStore>(session => new PostgreSqlHouseholdStore(session));
        stores.Add<IResidentStore>(session => new PostgreSqlResidentStore(session));
        stores.Add<IKeyPersonStore>(session => new PostgreSqlKeyPersonStore(session));
        stores.Add<IStandardAddressStore>(session => new PostgreSqlStandardAddressStore(session));
        stores.Add<IHouseStore>(session => new PostgreSqlHouseStore(session));
        stores.Add<IPremisesStore>(session => new PostgreSqlPremisesStore(session));
        stores.Add<IVisitStore>(session => new PostgreSqlVisitStore(session));
    }
}
