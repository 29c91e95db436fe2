using Fengqiao.Access;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Storage;

public class DependencyInjectionTests
{
    [Fact]
    public async Task AddGrids_registers_the_stores_and_services_once_however_often_it_is_called()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f.AddGrids().AddGrids().UseAccessScope(Admin).UseClock(Clock()));
        services.AddFengqiao(f => f.AddGrids());
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Single(provider.GetServices<IStoreContributor<InMemoryStorageSession>>());
        await using var scope = provider.CreateAsyncScope();
        var jurisdictions = scope.ServiceProvider.GetRequiredService<JurisdictionService>();
        await jurisdictions.EstablishAsync(JurisdictionCode.Parse("540000"), Start, "西藏自治区", DivisionKind.Province);
        var node = await scope.ServiceProvider.GetRequiredService<GridDirectory>().GetNodeAsync(JurisdictionCode.Parse("540000"), Start);
        Assert.Equal("西藏自治区", node!.Name);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<StaffingService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<TrainingService>());

        await using var session = await provider.GetRequiredService<IStorageProvider>().OpenSessionAsync(Admin);
        Assert.True(session.SupportsStore<IJurisdictionStore>());
        Assert.True(session.SupportsStore<IGridStore>());
        Assert.True(session.SupportsStore<IPoliceBeatStore>());
        Assert.True(session.SupportsStore<IStaffStore>());
        Assert.True(session.SupportsStore<ITrainingStore>());
    }
}
