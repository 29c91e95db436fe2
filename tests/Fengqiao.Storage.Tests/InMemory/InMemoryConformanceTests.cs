using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Fengqiao.Storage.Testing;

namespace Fengqiao.Storage.Tests.InMemory;

// The in-memory backend keeps nothing between providers, so each test gets a fresh one.
public sealed class InMemoryUnitOfWorkTests : UnitOfWorkConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryAuditLogTests : AuditLogConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryOutboxTests : OutboxConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryJurisdictionStoreTests : JurisdictionStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryGridStoreTests : GridStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryPoliceBeatStoreTests : PoliceBeatStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryStaffStoreTests : StaffStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

public sealed class InMemoryTrainingStoreTests : TrainingStoreConformanceTests
{
    protected override Task<IStorageProvider> CreateProviderAsync() => InMemoryBackend.CreateAsync();
}

internal static class InMemoryBackend
{
    public static Task<IStorageProvider> CreateAsync() =>
        Task.FromResult<IStorageProvider>(new InMemoryStorageProvider([new InMemoryGridStores()]));
}
