using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace Fengqiao.Storage.Tests.PostgreSql;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task UsePostgreSql_replaces_the_provider_and_the_audit_log_and_may_be_repeated()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f.UsePostgreSql("Host=first;Database=a"));
        services.AddFengqiao(f => f.UsePostgreSql("Host=second;Database=b", o => o.Schema = "county"));

        await using var provider = services.BuildServiceProvider();
        var storage = Assert.IsType<PostgreSqlStorageProvider>(provider.GetRequiredService<IStorageProvider>());

        Assert.Same(storage.AuditLog, provider.GetRequiredService<IAuditLog>());
        Assert.Same(storage.Outbox, provider.GetRequiredService<Fengqiao.Events.IOutbox>());
        Assert.True(storage.Stores.Contains(typeof(Fengqiao.Grids.IGridStore)));
        Assert.Equal("county", storage.Schema);
        Assert.Contains("second", storage.DataSource.ConnectionString, StringComparison.Ordinal);
        Assert.Single(services, d => d.ServiceType == typeof(IStorageProvider));
    }

    [Fact]
    public async Task A_provider_made_without_contributors_has_the_grids_stores()
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = "Host=db" });

        Assert.True(provider.Stores.Contains(typeof(Fengqiao.Grids.IGridStore)));
        Assert.True(provider.Stores.Contains(typeof(Fengqiao.Grids.Staffing.IStaffStore)));
    }

    [Theory]
    [InlineData("Fengqiao")]
    [InlineData("drop table;")]
    [InlineData("")]
    public void An_invalid_schema_name_is_refused(string schema)
    {
        var error = Assert.Throws<ValidationException>(() => new PostgreSqlStorageProvider(new() { ConnectionString = "Host=db", Schema = schema }));

        Assert.Equal(ErrorCodes.OptionsInvalid, error.Code);
    }

    [Fact]
    public void A_connection_string_is_never_echoed_in_a_refusal()
    {
        var error = Assert.Throws<ValidationException>(() => new PostgreSqlStorageProvider(new() { ConnectionString = "Password=hunter2;=;Host" }));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
