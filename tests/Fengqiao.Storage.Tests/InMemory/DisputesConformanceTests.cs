using Fengqiao.Disputes.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Fengqiao.Storage.Testing;

namespace Fengqiao.Storage.Tests.InMemory;

public sealed class InMemoryDisputeStoreTests : DisputeStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() =>
        Task.FromResult<IStorageProvider>(new InMemoryStorageProvider([new InMemoryDisputeStores()]));
}
