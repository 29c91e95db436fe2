using Fengqiao.Samples.LegacyBackend;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;

namespace Fengqiao.Storage.Tests.Legacy;

// The worked sample of docs/writing-a-backend.md run through the kit: the jurisdiction suite runs in full;
// the unit-of-work suite runs what needs only the jurisdiction store and reports the rest (audit log,
// outbox) as skipped, because the sample does not provide those stores.
public sealed class LegacyJurisdictionStoreTests(SqliteTempDatabase database) : JurisdictionStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await LegacyStorageProvider.OpenAsync(database.ConnectionString);
}

public sealed class LegacyUnitOfWorkTests(SqliteTempDatabase database) : UnitOfWorkConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await LegacyStorageProvider.OpenAsync(database.ConnectionString);
}
