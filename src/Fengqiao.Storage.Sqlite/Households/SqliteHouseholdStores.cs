using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>
/// Adds the households module's SQLite stores (<see cref="IHouseholdStore"/>, <see cref="IResidentStore"/>,
/// <see cref="IKeyPersonStore"/>, <see cref="IStandardAddressStore"/>, <see cref="IHouseStore"/>,
/// <see cref="IPremisesStore"/>, <see cref="IVisitStore"/>) to the SQLite backend. They need the provider's
/// field protector (<see cref="SqliteStorageOptions.FieldProtector"/>, or <c>UseFieldProtection</c> in DI):
/// citizen IDs and phone numbers are stored only encrypted. <c>UseSqlite(…)</c> registers it, and
/// <see cref="SqliteStorageProvider.OpenAsync(string, Action{SqliteStorageOptions}?, CancellationToken)"/> adds it by default.
/// </summary>
public sealed class SqliteHouseholdStores : IStoreContributor<SqliteStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<SqliteStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IHouseholdStore>(session => new SqliteHouseholdStore(session));
        stores.Add<IResidentStore>(session => new SqliteResidentStore(session));
        stores.Add<IKeyPersonStore>(session => new SqliteKeyPersonStore(session));
        stores.Add<IStandardAddressStore>(session => new SqliteStandardAddressStore(session));
        stores.Add<IHouseStore>(session => new SqliteHouseStore(session));
        stores.Add<IPremisesStore>(session => new SqlitePremisesStore(session));
        stores.Add<IVisitStore>(session => new SqliteVisitStore(session));
    }
}
