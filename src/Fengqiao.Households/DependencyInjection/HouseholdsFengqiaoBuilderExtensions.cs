using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Households.Households;
using Fengqiao.Households.Storage.InMemory;
using Fengqiao.Households.Tags;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the households module to a host.</summary>
public static class HouseholdsFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the households module: its in-memory stores (the SQLite and PostgreSQL packages add their
    /// own), the embedded <see cref="TagCatalog"/> (unless the host registered one) and the scoped
    /// services <see cref="HouseholdRegistry"/>, <c>KeyPersonRegistry</c>, <c>VisitService</c> and
    /// <c>HouseholdQueries</c>. Adds the grids module too, whose grids households are checked against.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddHouseholds(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        builder.AddGrids();
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<InMemoryStorageSession>, InMemoryHouseholdStores>());
        services.TryAddSingleton(TagCatalog.Embedded);
        services.TryAddScoped<HouseholdRegistry>();
        services.TryAddScoped<Fengqiao.Households.KeyPersons.KeyPersonRegistry>();
        services.TryAddScoped<Fengqiao.Households.Visits.VisitService>();
        services.TryAddScoped<Fengqiao.Households.Queries.HouseholdQueries>();
        return builder;
    }
}
