using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;

namespace Fengqiao.Storage.Tests.PostgreSql;

// Each class gets its own database on the shared throwaway cluster; every test of the class opens
// a provider over it, so the kit's tests also prove they do not depend on an empty database.
[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlUnitOfWorkTests(PostgreSqlClusterFixture cluster) : UnitOfWorkConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlAuditLogTests(PostgreSqlClusterFixture cluster) : AuditLogConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlOutboxTests(PostgreSqlClusterFixture cluster) : OutboxConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

internal static class PostgreSqlConformance
{
    /// <summary>Opens the backend over the test class's database, or skips the test visibly when PostgreSQL is not installed (and not required).</summary>
    public static async Task<IStorageProvider> OpenAsync(PostgreSqlClusterFixture cluster, Type owner)
    {
        if (PostgreSqlAvailability.SkipReason is { } reason)
        {
            // The kit's test cases report this exception as a skip, with the reason.
            throw new StoreCapabilityMissingException(reason);
        }

        return new PostgreSqlStorageProvider(new() { ConnectionString = await cluster.DatabaseForAsync(owner) });
    }
}
