using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Patrols.Storage.InMemory;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the patrols module to a host.</summary>
public static class PatrolsFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the patrols module: its in-memory stores (used when the in-memory backend is chosen; the SQLite
    /// and PostgreSQL packages add their own). Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddPatrols(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<InMemoryStorageSession>, InMemoryPatrolStores>());
        return builder;
    }
}
