using Ardalis.GuardClauses;
using Fengqiao.Auditing;
using Fengqiao.DependencyInjection;
using Fengqiao.Events;
using Fengqiao.Storage;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Storage.Sqlite.Grids;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the SQLite backend in a host.</summary>
public static class SqliteFengqiaoBuilderExtensions
{
    /// <summary>
    /// Stores everything in one SQLite database (WAL, <c>synchronous=FULL</c> unless opted out), creating or
    /// upgrading its schema on first use. Replaces the storage provider, audit log and outbox registrations;
    /// safe to call more than once (the last connection string wins).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">The connection string, such as <c>Data Source=fengqiao.db</c>.</param>
    /// <param name="configure">Changes further options, such as <see cref="SqliteStorageOptions.Durability"/>.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseSqlite(this FengqiaoBuilder builder, string connectionString, Action<SqliteStorageOptions>? configure = null)
    {
        Guard.Against.Null(builder);
        Guard.Against.NullOrWhiteSpace(connectionString);
        var services = builder.Services;
        services.AddOptions<SqliteStorageOptions>().Configure(o =>
        {
            o.ConnectionString = connectionString;
            configure?.Invoke(o);
        });
        // The host's protector, unless the options named one: personal identifiers are never stored in plaintext.
        services.AddOptions<SqliteStorageOptions>().PostConfigure<IServiceProvider>((o, sp) => o.FieldProtector ??= sp.GetService<Fengqiao.Privacy.IFieldProtector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<SqliteStorageSession>, SqliteGridStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<SqliteStorageSession>, Fengqiao.Storage.Sqlite.Patrols.SqlitePatrolStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<SqliteStorageSession>, Fengqiao.Storage.Sqlite.Services.SqliteServiceStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<SqliteStorageSession>, Fengqiao.Storage.Sqlite.Households.SqliteHouseholdStores>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreContributor<SqliteStorageSession>, Fengqiao.Storage.Sqlite.Disputes.SqliteDisputeStores>());
        services.TryAddSingleton(sp => new SqliteStorageProvider(
            sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value,
            sp.GetServices<IStoreContributor<SqliteStorageSession>>(),
            sp.GetService<IClock>()));
        services.Replace(ServiceDescriptor.Singleton<IStorageProvider>(sp => sp.GetRequiredService<SqliteStorageProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IAuditLog>(sp => sp.GetRequiredService<SqliteStorageProvider>().AuditLog));
        services.Replace(ServiceDescriptor.Singleton<IOutbox>(sp => sp.GetRequiredService<SqliteStorageProvider>().Outbox));
        return builder;
    }
}
