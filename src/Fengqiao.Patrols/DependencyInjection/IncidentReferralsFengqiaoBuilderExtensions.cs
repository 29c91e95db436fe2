using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Incidents.Referrals;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the incident referral targets (一键转办) to a host.</summary>
public static class IncidentReferralsFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the patrols, disputes and services modules and two scoped <see cref="IIncidentReferralTarget"/>s:
    /// <see cref="DisputeReferralTarget"/> (<c>dispute</c>) and <see cref="LostAndFoundReferralTarget"/> (<c>lost-and-found</c>).
    /// Resolve <c>IEnumerable&lt;IIncidentReferralTarget&gt;</c> and pass the one named to <see cref="IncidentReferrals.ReferAsync"/>.
    /// Needs an <see cref="Fengqiao.Access.IAccessContext"/> from the host. Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adjusts how disputes are filled in (category per incident category, risk), optionally.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddIncidentReferrals(this FengqiaoBuilder builder, Action<DisputeReferralOptions>? configure = null)
    {
        Guard.Against.Null(builder);
        builder.AddPatrols().AddDisputes().AddServices();
        var options = new DisputeReferralOptions();
        configure?.Invoke(options);
        var services = builder.Services;
        services.TryAddSingleton(options);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIncidentReferralTarget, DisputeReferralTarget>(sp => new DisputeReferralTarget(
            sp.GetRequiredService<Fengqiao.Disputes.DisputeService>(), sp.GetRequiredService<DateTimeZone>(), sp.GetRequiredService<DisputeReferralOptions>())));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIncidentReferralTarget, LostAndFoundReferralTarget>());
        return builder;
    }
}
