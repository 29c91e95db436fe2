using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;

namespace Fengqiao.Storage.Tests.Sqlite;

// Each class gets its own temp file; every test of the class opens a provider over it, so the kit's
// tests also prove they do not depend on an empty database.
public sealed class SqliteUnitOfWorkTests(SqliteTempDatabase database) : UnitOfWorkConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteAuditLogTests(SqliteTempDatabase database) : AuditLogConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteOutboxTests(SqliteTempDatabase database) : OutboxConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteJurisdictionStoreTests(SqliteTempDatabase database) : JurisdictionStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteGridStoreTests(SqliteTempDatabase database) : GridStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqlitePoliceBeatStoreTests(SqliteTempDatabase database) : PoliceBeatStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteStaffStoreTests(SqliteTempDatabase database) : StaffStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}

public sealed class SqliteTrainingStoreTests(SqliteTempDatabase database) : TrainingStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync();
}
