using Ardalis.GuardClauses;
using Fengqiao.Auditing;
using Fengqiao.DependencyInjection;
using Fengqiao.Storage;
using Fengqiao.Events;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.PostgreSql.Grids;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the PostgreSQL backend for a host.</summary>
public static class PostgreSqlFengqiaoBuilderExtensions
{
    /// <summary>
    /// Chooses the PostgreSQL backend: replaces the storage provider, the audit log and the outbox
    /// with PostgreSQL ones over one shared connection pool, with the grids module's stores. The schema is created or migrated on first
    /// use (or call <see cref="PostgreSqlStorageProvider.MigrateAsync"/> at start-up). Safe to call
    /// more than once; the last connection string and options win.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Adjusts the options (schema, retries, partition creation).</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UsePostgreSql(this FengqiaoBuilder builder, string connectionString, Action<PostgreSqlStorageOptions>? configure = null)
    {
        Guard.Against.Null(builder);
        Guard.Against.NullOrWhiteSpace(connectionString);
        var services = builder.Services;
        services.AddOptions<PostgreSqlStorageOptions>().Configure(options =>
        {
            options.ConnectionString = connectionString;
            configure?.Invoke(options);
        });
        // The host's protector, unless the options named one: personal identifiers are never stored in plaintext.
        services.AddOptions<PostgreSqlStorageOptions>().PostConfigure<IServiceProvider>((o, sp) => o.FieldProtector ??= sp.GetService<Fengqiao.Privacy.IFieldProtector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlStorageOptions>, PostgreSqlStorageOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<PostgreSqlStorageSession>, PostgreSqlGridStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<PostgreSqlStorageSession>, Fengqiao.Storage.PostgreSql.Patrols.PostgreSqlPatrolStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<PostgreSqlStorageSession>, Fengqiao.Storage.PostgreSql.Services.PostgreSqlServiceStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<PostgreSqlStorageSession>, Fengqiao.Storage.PostgreSql.Households.PostgreSqlHouseholdStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<PostgreSqlStorageSession>, Fengqiao.Storage.PostgreSql.Disputes.PostgreSqlDisputeStores>());
        services.TryAddSingleton(sp => new PostgreSqlStorageProvider(
            sp.GetRequiredService<IOptions<PostgreSqlStorageOptions>>().Value,
            sp.GetServices<IStoreContributor<PostgreSqlStorageSession>>(),
            sp.GetService<ILoggerFactory>()));
        services.Replace(ServiceDescriptor.Singleton<IStorageProvider>(sp => sp.GetRequiredService<PostgreSqlStorageProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IAuditLog>(sp => sp.GetRequiredService<PostgreSqlStorageProvider>().AuditLog));
        services.Replace(ServiceDescriptor.Singleton<IOutbox>(sp => sp.GetRequiredService<PostgreSqlStorageProvider>().Outbox));
        return builder;
    }
}
