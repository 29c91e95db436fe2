using BenchmarkDotNet.Attributes;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>
/// Reading one grid by its code: the library (open a session, <see cref="IGridStore.FindAsync"/>,
/// close) against a hand-written SELECT on a pooled connection rebuilt the same way. Both touch
/// one county partition. Starts its own throwaway PostgreSQL cluster holding 10,000 grids.
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlPointReadBenchmarks
{
    private static readonly AccessScope Scope = AccessScope.Unrestricted("benchmark");
    private PostgreSqlBenchmarkData _data = null!;
    private JurisdictionCode[] _codes = [];
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await PostgreSqlBenchmarkData.StartAsync();
        var grids = PostgreSqlBenchmarkData.Grids(10_000);
        await using (var session = (PostgreSqlStorageSession)await _data.Provider.OpenSessionAsync(Scope))
        {
            session.StageBulkInsert(grids);
            await session.CommitAsync();
        }

        await _data.ExecuteAsync("ANALYZE fengqiao.grids");
        _codes = [.. grids.Select(g => g.Code).OrderBy(_ => Random.Shared.Next())];
    }

    [Benchmark(Baseline = true)]
    public Task<Grid?> RawSelect() => _data.RawFindAsync(NextCode());

    [Benchmark]
    public async Task<Grid?> LibraryFind()
    {
        await using var session = await _data.Provider.OpenSessionAsync(Scope);
        return await session.GetStore<IGridStore>().FindAsync(NextCode());
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();

    private JurisdictionCode NextCode() => _codes[_next++ % _codes.Length];
}
