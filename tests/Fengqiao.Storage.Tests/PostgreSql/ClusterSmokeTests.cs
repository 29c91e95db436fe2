using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Npgsql;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ClusterSmokeTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task A_class_database_listens_on_loopback_only()
    {
        await using var connection = new NpgsqlConnection(await fixture.DatabaseForAsync(GetType()));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('listen_addresses')", connection);

        Assert.Equal("127.0.0.1", await command.ExecuteScalarAsync());
    }

    [PostgreSqlFact]
    public async Task A_class_database_sorts_text_linguistically_when_the_server_has_ICU()
    {
        await using var connection = new NpgsqlConnection(await fixture.DatabaseForAsync(GetType()));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT current_setting('server_version_num')::int >= 150000 AND EXISTS (SELECT 1 FROM pg_collation WHERE collprovider = 'i'),
                   (SELECT datlocprovider::text FROM pg_database WHERE datname = current_database())
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        // Byte-order assumptions in the library's SQL must hold under a zh-CN collation too.
        Assert.Equal(reader.GetBoolean(0) ? "i" : "c", reader.GetString(1));
    }
}
