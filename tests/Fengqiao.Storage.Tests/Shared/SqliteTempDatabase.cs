using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Tests.TestSupport;

/// <summary>A SQLite file in the temp folder for one test class, deleted (with its WAL and shared-memory files) afterwards.</summary>
public sealed class SqliteTempDatabase : IDisposable
{
    public SqliteTempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fengqiao-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public Task<SqliteStorageProvider> OpenAsync(Action<SqliteStorageOptions>? configure = null) =>
        SqliteStorageProvider.OpenAsync(ConnectionString, configure);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
