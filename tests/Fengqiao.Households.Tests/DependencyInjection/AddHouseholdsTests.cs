using Fengqiao.Households.Households;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Queries;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.DependencyInjection;

public sealed class AddHouseholdsTests
{
    [Fact]
    public async Task AddHouseholds_registers_the_services_and_the_in_memory_stores_and_is_safe_to_repeat()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f.AddHouseholds().AddHouseholds().UseAccessScope(Admin).UseClock(Clock()));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var registry = scope.ServiceProvider.GetRequiredService<HouseholdRegistry>();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<KeyPersonRegistry>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<VisitService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<HouseholdQueries>());
        var storage = provider.GetRequiredService<IStorageProvider>();
        await SeedGridsAsync(storage);
        var resident = await registry.RegisterResidentAsync(Id(1), "测试", GridA1, ResidencyKind.Registered);

        await using var session = await storage.OpenSessionAsync(Admin);
        Assert.NotNull(await session.GetStore<IResidentStore>().FindAsync(resident.Id));
        Assert.Single(provider.GetServices<IStoreContributor<Fengqiao.Storage.InMemory.InMemoryStorageSession>>().OfType<Fengqiao.Households.Storage.InMemory.InMemoryHouseholdStores>());
    }
}
