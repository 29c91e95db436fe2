using Fengqiao.Storage.Tests.PostgreSqlFixture;
using Npgsql;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ThrowawayClusterTests
{
    [PostgreSqlFact]
    public async Task Disposing_stops_the_server_and_deletes_its_directory()
    {
        var cluster = await ThrowawayPostgreSqlCluster.StartAsync();
        var connectionString = await cluster.CreateDatabaseAsync("dispose");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
        }

        cluster.Dispose();
        cluster.Dispose();

        Assert.False(Directory.Exists(cluster.RootDirectory));
        await using var refused = new NpgsqlConnection(connectionString + ";Timeout=2");
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
    }

    [PostgreSqlFact]
    public async Task A_cluster_left_by_a_killed_run_is_stopped_and_deleted_by_the_next_start()
    {
        var orphan = await ThrowawayPostgreSqlCluster.StartAsync();
        var connectionString = orphan.ConnectionString();

        // Pretend its owner was killed: move the directory to a name whose pid is not running.
        var deadPid = DeadPid();
        var orphanDirectory = Path.Combine(Path.GetDirectoryName(orphan.RootDirectory)!, $"fengqiao-pg-{deadPid}-deadbeef");
        Directory.Move(orphan.RootDirectory, orphanDirectory);
        await File.WriteAllTextAsync(Path.Combine(orphanDirectory, "owner"), $"{deadPid} 0");

        using var next = await ThrowawayPostgreSqlCluster.StartAsync();

        Assert.False(Directory.Exists(orphanDirectory));
        await using var refused = new NpgsqlConnection(connectionString + ";Timeout=2");
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
    }

    private static int DeadPid()
    {
        for (var pid = 4_000_000; ; pid--)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                return pid;
            }
        }
    }
}
