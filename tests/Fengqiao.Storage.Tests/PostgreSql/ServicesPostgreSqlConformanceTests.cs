using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlServiceCatalogStoreTests(PostgreSqlClusterFixture cluster) : ServiceCatalogStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlServiceRequestStoreTests(PostgreSqlClusterFixture cluster) : ServiceRequestStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlWorkOrderStoreTests(PostgreSqlClusterFixture cluster) : WorkOrderStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesPostgreSql.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlFoundItemStoreTests(PostgreSqlClusterFixture cluster) : FoundItemStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesPostgreSql.OpenAsync(cluster, GetType());
}

internal static class ServicesPostgreSql
{
    // One key per test class: every provider of a class reads what the others wrote.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IFieldProtector> Keys = new();

    public static async Task<IStorageProvider> OpenAsync(PostgreSqlClusterFixture cluster, Type owner)
    {
        if (PostgreSqlAvailability.SkipReason is { } reason)
        {
            throw new StoreCapabilityMissingException(reason);
        }

        return new PostgreSqlStorageProvider(new()
        {
            ConnectionString = await cluster.DatabaseForAsync(owner),
            FieldProtector = Keys.GetOrAdd(owner, _ => AesGcmFieldProtector.CreateEphemeral()),
        });
    }
}
