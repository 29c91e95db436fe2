namespace Fengqiao.Storage.PostgreSql;

public sealed partial class PostgreSqlStorageProvider
{
    // Every module's stores this package ships; a provider built without a list gets them all.
    private static IStoreContributor<PostgreSqlStorageSession>[] DefaultContributors() =>
    [
        new Grids.PostgreSqlGridStores(),
        new Households.PostgreSqlHouseholdStores(),
        new Disputes.PostgreSqlDisputeStores(),
        new Services.PostgreSqlServiceStores(),
        new Patrols.PostgreSqlPatrolStores(),
    ];
}
