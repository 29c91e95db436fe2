using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.PostgreSqlFixture;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlDisputeStoreTests(PostgreSqlClusterFixture cluster) : DisputeStoreConformanceTests
{
    private static readonly IFieldProtector Protector = AesGcmFieldProtector.CreateEphemeral();

    protected override async Task<IStorageProvider> CreateProviderAsync()
    {
        if (PostgreSqlAvailability.SkipReason is { } reason)
        {
            throw new StoreCapabilityMissingException(reason);
        }

        return new PostgreSqlStorageProvider(new() { ConnectionString = await cluster.DatabaseForAsync(GetType()), FieldProtector = Protector });
    }
}
