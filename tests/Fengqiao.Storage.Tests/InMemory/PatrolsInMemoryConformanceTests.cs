using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Patrols.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Fengqiao.Storage.Testing;

namespace Fengqiao.Storage.Tests.InMemory;

public sealed class InMemoryPatrolStoreTests : PatrolStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsInMemoryBackend.CreateAsync();
}

public sealed class InMemoryInspectionStoreTests : InspectionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsInMemoryBackend.CreateAsync();
}

public sealed class InMemoryIncidentStoreTests : IncidentStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsInMemoryBackend.CreateAsync();
}

public sealed class InMemoryPreventionStoreTests : PreventionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => PatrolsInMemoryBackend.CreateAsync();
}

internal static class PatrolsInMemoryBackend
{
    public static Task<IStorageProvider> CreateAsync() =>
        Task.FromResult<IStorageProvider>(new InMemoryStorageProvider([new InMemoryGridStores(), new InMemoryPatrolStores()]));
}
