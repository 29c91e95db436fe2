using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Storage.PostgreSql;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>
/// Bulk import of grids (one row each: indexed columns, JSON payload, WKB boundary) into the
/// county-partitioned <c>grids</c> table: the library's <see cref="PostgreSqlStorageSession.StageBulkInsert{TState}"/>
/// against hand-written binary COPY of the same columns. Starts its own throwaway PostgreSQL
/// cluster (installed binaries, no Docker). N defaults to 100,000; set FENGQIAO_BENCH_N to
/// change it (1000000 for the full run).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Fengqiao.Benchmarks -- --filter '*PostgreSqlBulkInsert*'</c>.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class PostgreSqlBulkInsertBenchmarks
{
    private PostgreSqlBenchmarkData _data = null!;
    private GridState[] _grids = [];

    /// <summary>Gets or sets the number of grids per import.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes() =>
        [int.TryParse(Environment.GetEnvironmentVariable("FENGQIAO_BENCH_N"), out var rows) && rows > 0 ? rows : 100_000];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await PostgreSqlBenchmarkData.StartAsync();
        await _data.CreatePartitionsAsync();
        _grids = PostgreSqlBenchmarkData.Grids(N);
    }

    // Every import starts from an empty table (TRUNCATE keeps the partitions).
    [IterationSetup]
    public void Truncate() => _data.ExecuteAsync("TRUNCATE fengqiao.grids").GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task RawBinaryCopy() => _data.RawCopyAsync(_grids);

    [Benchmark]
    public async Task LibraryBulkInsert()
    {
        await using var session = (PostgreSqlStorageSession)await _data.Provider.OpenSessionAsync(AccessScope.Unrestricted("benchmark"));
        session.StageBulkInsert(_grids);
        await session.CommitAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();
}
