using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlJurisdictionStoreTests(PostgreSqlClusterFixture cluster) : JurisdictionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlGridStoreTests(PostgreSqlClusterFixture cluster) : GridStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlPoliceBeatStoreTests(PostgreSqlClusterFixture cluster) : PoliceBeatStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlStaffStoreTests(PostgreSqlClusterFixture cluster) : StaffStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlTrainingStoreTests(PostgreSqlClusterFixture cluster) : TrainingStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PostgreSqlConformance.OpenAsync(cluster, GetType());
}
