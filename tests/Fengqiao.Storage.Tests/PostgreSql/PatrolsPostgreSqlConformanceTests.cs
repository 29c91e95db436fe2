using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;

namespace Fengqiao.Storage.Tests.PostgreSql;

// Incidents keep caller phones, so these providers carry a field protector.
[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlPatrolStoreTests(PostgreSqlClusterFixture cluster) : PatrolStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlInspectionStoreTests(PostgreSqlClusterFixture cluster) : InspectionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlIncidentStoreTests(PostgreSqlClusterFixture cluster) : IncidentStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlPreventionStoreTests(PostgreSqlClusterFixture cluster) : PreventionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsPostgreSql.OpenAsync(cluster, GetType());
}

internal static class PatrolsPostgreSql
{
    private static readonly IFieldProtector Protector = AesGcmFieldProtector.CreateEphemeral();

    public static async Task<IStorageProvider> OpenAsync(PostgreSqlClusterFixture cluster, Type owner)
    {
        if (PostgreSqlAvailability.SkipReason is { } reason)
        {
            throw new StoreCapabilityMissingException(reason);
        }

        return new PostgreSqlStorageProvider(new() { ConnectionString = await cluster.DatabaseForAsync(owner), FieldProtector = Protector });
    }
}
