using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Services.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Fengqiao.Storage.Testing;

namespace Fengqiao.Storage.Tests.InMemory;

// The in-memory backend keeps nothing between providers, so each test gets a fresh one.
public sealed class InMemoryServiceCatalogStoreTests : ServiceCatalogStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesInMemoryBackend.CreateAsync();
}

public sealed class InMemoryServiceRequestStoreTests : ServiceRequestStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesInMemoryBackend.CreateAsync();
}

public sealed class InMemoryWorkOrderStoreTests : WorkOrderStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesInMemoryBackend.CreateAsync();
}

public sealed class InMemoryFoundItemStoreTests : FoundItemStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => ServicesInMemoryBackend.CreateAsync();
}

internal static class ServicesInMemoryBackend
{
    public static Task<IStorageProvider> CreateAsync() =>
        Task.FromResult<IStorageProvider>(new InMemoryStorageProvider([new InMemoryGridStores(), new InMemoryServiceStores()]));
}
