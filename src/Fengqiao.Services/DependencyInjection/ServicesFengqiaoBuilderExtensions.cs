using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Households.Visits;
using Fengqiao.Services.Referrals;
using Fengqiao.Services.Storage.InMemory;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Fengqiao.Time;
using NodaTime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the services module (便民服务) to a host.</summary>
public static class ServicesFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the services module: its in-memory stores (used when the in-memory backend is chosen; the SQLite
    /// and PostgreSQL packages add their own). Working calendars come from the kernel (<c>UseWorkingCalendars</c>).
    /// It also adds the visit-need referral handler <see cref="ServiceRequestNeedReferralHandler"/> (kind
    /// <c>service-request</c>), which <see cref="VisitService"/> uses when the households module is added too.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddServices(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<InMemoryStorageSession>, InMemoryServiceStores>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<INeedReferralHandler, ServiceRequestNeedReferralHandler>(sp => new ServiceRequestNeedReferralHandler(
            sp.GetRequiredService<IStorageProvider>(),
            sp.GetRequiredService<Fengqiao.Access.IAccessContext>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<WorkingCalendarSet>() ?? WorkingCalendarSet.Embedded)));
        return builder;
    }
}
