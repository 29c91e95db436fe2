using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Households.Ledgers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds household ledger import and export (台账导入导出) to a host.</summary>
public static class HouseholdLedgersFengqiaoBuilderExtensions
{
    /// <summary>
    /// Adds the households module and, as scoped services, <see cref="LedgerImporter"/> over
    /// <see cref="HouseholdLedgerTarget"/> (the stores) and <see cref="HouseholdLedgerSource"/> for exports.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder AddHouseholdLedgers(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        builder.AddHouseholds();
        var services = builder.Services;
        services.TryAddScoped<HouseholdLedgerTarget>();
        services.TryAddScoped<ILedgerTarget>(sp => sp.GetRequiredService<HouseholdLedgerTarget>());
        services.TryAddScoped(sp => new LedgerImporter(sp.GetRequiredService<ILedgerTarget>(), sp.GetRequiredService<IClock>(), sp.GetService<DateTimeZone>()));
        services.TryAddScoped<HouseholdLedgerSource>();
        return builder;
    }
}
