namespace Fengqiao.Storage.Tests.PostgreSqlFixture;

/// <summary>
/// One throwaway cluster shared by every PostgreSQL test class (a collection fixture); each class
/// takes a database of its own. Started before the first test unless the PostgreSQL tests are
/// skipped; stopped and deleted when the run ends, whatever the outcome.
/// </summary>
public sealed class PostgreSqlClusterFixture : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly Dictionary<string, Task<string>> _classDatabases = new(StringComparer.Ordinal);
    private ThrowawayPostgreSqlCluster? _cluster;

    /// <summary>Gets the running cluster, starting it on first use.</summary>
    internal async Task<ThrowawayPostgreSqlCluster> GetClusterAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            // A failed start is not cached: each test then reports the failure itself.
            return _cluster ??= await ThrowawayPostgreSqlCluster.StartAsync();
        }
        finally
        {
            _startLock.Release();
        }
    }

    /// <summary>Creates a fresh database for a test class.</summary>
    /// <param name="owner">The test class, for a readable database name.</param>
    /// <returns>The database's connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string owner)
    {
        var cluster = await GetClusterAsync();
        return await cluster.CreateDatabaseAsync(owner);
    }

    /// <summary>Gets the database of a test class, creating it on the class's first request.</summary>
    /// <param name="owner">The test class.</param>
    /// <returns>The database's connection string.</returns>
    public Task<string> DatabaseForAsync(Type owner)
    {
        lock (_classDatabases)
        {
            if (!_classDatabases.TryGetValue(owner.Name, out var database) || database.IsFaulted)
            {
                database = CreateDatabaseAsync(owner.Name);
                _classDatabases[owner.Name] = database;
            }

            return database;
        }
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (PostgreSqlAvailability.SkipReason is not null)
        {
            return;
        }

        try
        {
            await GetClusterAsync();
        }
        catch (InvalidOperationException)
        {
            // Not fatal here: each test asks again and reports the failure as its own.
        }
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops the cluster and deletes its directory.</summary>
    public void Dispose()
    {
        _cluster?.Dispose();
        _startLock.Dispose();
    }
}

/// <summary>The collection every PostgreSQL test class joins, to share one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlTestGroup : ICollectionFixture<PostgreSqlClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
