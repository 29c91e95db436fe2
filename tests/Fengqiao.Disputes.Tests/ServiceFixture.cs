using Fengqiao.Access;
using Fengqiao.Disputes.Storage.InMemory;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Disputes.Tests;

/// <summary>A dispute service over the in-memory backend, as a host composes it with <c>AddDisputes()</c>.</summary>
internal sealed class ServiceFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ServiceFixture(string principal = "officer-1")
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .AddDisputes()
            .UseClock(TestData.Clock)
            .UseAccessScope(AccessScope.Unrestricted(principal, permissions: [DisputePermissions.Manage])));
        _services = services.BuildServiceProvider();
        Provider = (InMemoryStorageProvider)_services.GetRequiredService<Fengqiao.Storage.IStorageProvider>();
        Service = _services.CreateScope().ServiceProvider.GetRequiredService<DisputeService>();
    }

    public InMemoryStorageProvider Provider { get; }

    public DisputeService Service { get; }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
