using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.DependencyInjection;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library in a host's service collection.</summary>
public static class FengqiaoServiceCollectionExtensions
{
    /// <summary>
    /// Adds the kernel: the system clock (replace it with <see cref="UseClock"/>), validated
    /// <see cref="FengqiaoOptions"/>, the working calendars shipped with the library (see
    /// <c>UseWorkingCalendars</c>), and the in-memory backend unless another one is chosen.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds modules and chooses a backend.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddFengqiao(this IServiceCollection services, Action<FengqiaoBuilder>? configure = null)
    {
        Guard.Against.Null(services);
        services.AddOptions<FengqiaoOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FengqiaoOptions>, FengqiaoOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => DateTimeZoneProviders.Tzdb[sp.GetRequiredService<IOptions<FengqiaoOptions>>().Value.TimeZoneId]);
        services.TryAddSingleton<InMemoryStorageProvider>();
        services.TryAddSingleton<IStorageProvider>(sp => sp.GetRequiredService<InMemoryStorageProvider>());
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<InMemoryStorageProvider>().AuditLog);
        WorkingCalendarServiceCollectionExtensions.AddWorkingCalendars(services);
        configure?.Invoke(new FengqiaoBuilder(services));
        return services;
    }

    /// <summary>Replaces the clock, for example with a NodaTime <c>FakeClock</c> in tests or simulations.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseClock(this FengqiaoBuilder builder, IClock clock)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(clock);
        builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        return builder;
    }

    /// <summary>Sets options such as the time zone.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder Configure(this FengqiaoBuilder builder, Action<FengqiaoOptions> configure)
    {
        Guard.Against.Null(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Chooses the in-memory backend (the default): nothing survives the process.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseInMemoryStorage(this FengqiaoBuilder builder)
    {
        Guard.Against.Null(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IStorageProvider>(sp => sp.GetRequiredService<InMemoryStorageProvider>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAuditLog>(sp => sp.GetRequiredService<InMemoryStorageProvider>().AuditLog));
        return builder;
    }

    /// <summary>Supplies the current principal's scope from the host.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="scope">The fixed scope for a console host or job.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseAccessScope(this FengqiaoBuilder builder, AccessScope scope)
    {
        Guard.Against.Null(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IAccessContext>(new FixedAccessContext(scope)));
        return builder;
    }
}
