using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Referrals;
using Fengqiao.Households.Visits;
using Fengqiao.Disputes.Storage.InMemory;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the disputes module to a host.</summary>
public static class DisputesFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the disputes module: its in-memory store (used when the in-memory backend is chosen; the SQLite
    /// and PostgreSQL packages add their own), the <see cref="DisputePolicy"/> (the embedded seed configuration
    /// with the host's <see cref="WorkingCalendarSet"/>, unless the host registered its own) and the scoped
    /// <see cref="DisputeService"/>, which needs an <see cref="Fengqiao.Access.IAccessContext"/> from the host,
    /// and the visit-need referral handler <see cref="DisputeNeedReferralHandler"/> (kind <c>dispute</c>), which
    /// <see cref="VisitService"/> uses when the households module is added too.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddDisputes(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<InMemoryStorageSession>, InMemoryDisputeStores>());
        services.TryAddSingleton(sp => DisputePolicy.LoadEmbedded(sp.GetService<WorkingCalendarSet>()));
        services.TryAddScoped<DisputeService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<INeedReferralHandler, DisputeNeedReferralHandler>());
        return builder;
    }
}
