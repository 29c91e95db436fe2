using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;

namespace Fengqiao.DependencyInjection;

/// <summary>
/// Composes the library in a host: modules (<c>AddGrids()</c>, …) and one storage backend
/// (<c>UseInMemoryStorage()</c>, <c>UseSqlite(…)</c>, <c>UsePostgreSql(…)</c>) add themselves here.
/// </summary>
public sealed class FengqiaoBuilder
{
    internal FengqiaoBuilder(IServiceCollection services)
    {
        Services = Guard.Against.Null(services);
    }

    /// <summary>Gets the host's service collection.</summary>
    public IServiceCollection Services { get; }
}
