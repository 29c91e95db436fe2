using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Households.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Fengqiao.Storage.Testing;

namespace Fengqiao.Storage.Tests.InMemory;

public sealed class InMemoryHouseholdsTests : HouseholdsConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() =>
        Task.FromResult<IStorageProvider>(new InMemoryStorageProvider(new IStoreContributor<InMemoryStorageSession>[] { new InMemoryGridStores(), new InMemoryHouseholdStores() }));
}
