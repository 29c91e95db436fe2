using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage.InMemory;
using Fengqiao.Grids.Training;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the grids module to a host.</summary>
public static class GridsFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the grids module: its in-memory stores (used when the in-memory backend is chosen; the
    /// SQLite and PostgreSQL packages add their own) and the scoped services
    /// <see cref="GridDirectory"/>, <see cref="JurisdictionService"/>, <see cref="StaffingService"/>
    /// and <see cref="TrainingService"/>. The services need an <see cref="Fengqiao.Access.IAccessContext"/>
    /// from the host (for example <c>UseAccessScope(…)</c>). Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddGrids(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<InMemoryStorageSession>, InMemoryGridStores>());
        services.TryAddScoped<GridDirectory>();
        services.TryAddScoped<JurisdictionService>();
        services.TryAddScoped<StaffingService>();
        services.TryAddScoped<TrainingService>();
        return builder;
    }
}
