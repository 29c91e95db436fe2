using BenchmarkDotNet.Attributes;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>
/// Point read of one grid by code from a database of 100,000 grids: the library's
/// <see cref="IGridStore.FindAsync"/> (scope filter, JSON, WKB, rebuilt aggregate) against a raw prepared
/// SELECT that reads the same columns and decodes the JSON and WKB.
/// </summary>
[MemoryDiagnoser]
public class SqlitePointReadBenchmarks
{
    private const int Count = 100_000;
    private string? _path;
    private JurisdictionCode[] _codes = [];
    private SqliteStorageProvider? _provider;
    private IStorageSession? _session;
    private IGridStore? _store;
    private SqliteConnection? _raw;
    private SqliteCommand? _select;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _path = SqliteBenchmarkData.NewDatabase();
        var states = SqliteBenchmarkData.Grids(Count);
        _codes = [.. states.Select(s => s.Code).OrderBy(_ => Random.Shared.Next())];
        _provider = SqliteStorageProvider.OpenAsync("Data Source=" + _path).GetAwaiter().GetResult();
        var import = _provider.OpenSessionAsync(AccessScope.Unrestricted("import")).AsTask().GetAwaiter().GetResult();
        foreach (var state in states)
        {
            import.GetStore<IGridStore>().SaveAsync(Grid.FromState(state, 0)).GetAwaiter().GetResult();
        }

        import.CommitAsync().GetAwaiter().GetResult();
        import.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _session = _provider.OpenSessionAsync(AccessScope.For("county-officer", [JurisdictionCode.Parse("540127")])).AsTask().GetAwaiter().GetResult();
        _store = _session.GetStore<IGridStore>();
        _raw = SqliteBenchmarkData.OpenRaw(_path);
        _select = _raw.CreateCommand();
        _select.CommandText = "SELECT state, boundaries, version FROM grid WHERE code = $code;";
        _select.Parameters.Add("$code", SqliteType.Text);
        _select.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _select?.Dispose();
        _raw?.Dispose();
        _session?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _provider?.Dispose();
        SqliteBenchmarkData.Delete(_path);
    }

    [Benchmark(Baseline = true)]
    public object? FindByCode_Raw()
    {
        _select!.Parameters[0].Value = NextCode().ToString();
        using var reader = _select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
        var boundary = new WKBReader().Read((byte[])reader[1]);
        return (document.RootElement.GetProperty("periods").GetArrayLength(), boundary, reader.GetInt64(2));
    }

    [Benchmark]
    public Task<Grid?> FindByCode_Library() => _store!.FindAsync(NextCode());

    private JurisdictionCode NextCode() => _codes[_next++ % _codes.Length];
}
