using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the working calendars (工作日历) in a host.</summary>
public static class WorkingCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="WorkingCalendarSet"/> built from the configured sources:
    /// the calendars shipped inside the library unless <paramref name="configure"/> turns them off,
    /// plus any directories it adds. The options are validated, and the data checked, when the set
    /// is first resolved. Safe to call more than once; each call's configuration applies.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Chooses the calendar sources.</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// services.AddFengqiao(f => f.UseWorkingCalendars(o => o.Directories.Add("calendars")));
    /// // later: set.GetCalendar(JurisdictionCode.Parse("540127")).AddWorkingDays(received, 20)
    /// </code>
    /// </example>
    public static FengqiaoBuilder UseWorkingCalendars(this FengqiaoBuilder builder, Action<WorkingCalendarOptions>? configure = null)
    {
        Guard.Against.Null(builder);
        AddWorkingCalendars(builder.Services);
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder;
    }

    /// <summary>
    /// Adds the calendar services unless they are there: what <c>AddFengqiao</c> calls so that every
    /// host gets the embedded calendars without asking.
    /// </summary>
    /// <param name="services">The service collection.</param>
    internal static void AddWorkingCalendars(IServiceCollection services)
    {
        services.AddOptions<WorkingCalendarOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkingCalendarOptions>, WorkingCalendarOptionsValidator>());
        services.TryAddSingleton(sp => Create(sp.GetRequiredService<IOptions<WorkingCalendarOptions>>().Value));
    }

    private static WorkingCalendarSet Create(WorkingCalendarOptions options)
    {
        if (options.UseEmbeddedCalendars && options.Directories.Count == 0)
        {
            return WorkingCalendarSet.Embedded; // parsed once per process
        }

        var builder = new WorkingCalendarSetBuilder();
        if (options.UseEmbeddedCalendars)
        {
            builder.AddEmbeddedCalendars();
        }

        foreach (var directory in options.Directories)
        {
            builder.AddDirectory(directory);
        }

        return builder.Build();
    }
}
