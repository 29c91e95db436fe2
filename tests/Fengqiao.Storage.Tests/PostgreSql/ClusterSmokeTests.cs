using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Npgsql;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ClusterSmokeTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task A_class_database_accepts_queries()
    {
        var connectionString = await fixture.DatabaseForAsync(GetType());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('listen_addresses')", connection);
        Assert.Equal("127.0.0.1", await command.ExecuteScalarAsync());
    }
}
