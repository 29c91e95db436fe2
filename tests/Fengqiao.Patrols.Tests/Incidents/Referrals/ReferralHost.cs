using Fengqiao.Access;
using Fengqiao.Disputes;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Patrols.Tests.Incidents.Referrals;

/// <summary>A host with the incident referral targets over the in-memory backend, its clock an hour after the incidents.</summary>
internal sealed class ReferralHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public ReferralHost()
    {
        Clock = new FakeClock(TestData.Local(2025, 4, 2, 10, 0));
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .AddIncidentReferrals()
            .UseClock(Clock)
            .UseAccessScope(AccessScope.Unrestricted("officer-7", permissions: [DisputePermissions.Manage])));
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        Provider = (InMemoryStorageProvider)_services.GetRequiredService<Fengqiao.Storage.IStorageProvider>();
    }

    public FakeClock Clock { get; }

    public InMemoryStorageProvider Provider { get; }

    public DisputeService Disputes => _scope.ServiceProvider.GetRequiredService<DisputeService>();

    public IIncidentReferralTarget Target(string name) =>
        _scope.ServiceProvider.GetServices<IIncidentReferralTarget>().Single(t => t.Name == name);

    public async Task SaveAsync(Incident incident)
    {
        var session = await Provider.OpenSessionAsync(AccessScope.Unrestricted("officer-7"));
        await using (session)
        {
            await session.GetStore<IIncidentStore>().SaveAsync(incident);
            await session.CommitAsync();
        }
    }

    public async Task<T?> ReadAsync<TStore, T>(Func<TStore, Task<T?>> read)
        where TStore : class
    {
        var session = await Provider.OpenSessionAsync(AccessScope.Unrestricted("officer-7"));
        await using (session)
        {
            return await read(session.GetStore<TStore>());
        }
    }

    public async Task<int> CountAsync<TStore>(Func<TStore, IAsyncEnumerable<object>> query)
        where TStore : class
    {
        var session = await Provider.OpenSessionAsync(AccessScope.Unrestricted("officer-7"));
        await using (session)
        {
            var count = 0;
            await foreach (var unused in query(session.GetStore<TStore>()))
            {
                count++;
            }

            return count;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
