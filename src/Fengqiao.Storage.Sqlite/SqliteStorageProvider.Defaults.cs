namespace Fengqiao.Storage.Sqlite;

public sealed partial class SqliteStorageProvider
{
    // Every module's stores this package ships; a provider built without a list gets them all.
    private static IStoreContributor<SqliteStorageSession>[] DefaultContributors() =>
    [
        new Grids.SqliteGridStores(),
        new Households.SqliteHouseholdStores(),
        new Disputes.SqliteDisputeStores(),
        new Services.SqliteServiceStores(),
        new Patrols.SqlitePatrolStores(),
    ];
}
