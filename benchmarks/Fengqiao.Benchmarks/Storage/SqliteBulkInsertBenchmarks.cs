using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>
/// Bulk import into SQLite (synchronous=FULL, one transaction): the library (one session, SaveAsync per
/// grid or Audit per entry, one CommitAsync) against raw Microsoft.Data.Sqlite (one prepared INSERT in
/// one transaction writing the same columns, JSON and WKB). Each iteration writes into a fresh file.
/// Set FENGQIAO_BENCH_N=1000000 for the million-row run.
/// </summary>
[Config(typeof(SqliteBulkInsertBenchmarks.BulkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqliteBulkInsertBenchmarks
{
    private static readonly AccessScope Import = AccessScope.Unrestricted("import");
    private GridState[] _states = [];
    private AuditEntry[] _entries = [];
    private Grid[] _grids = [];
    private string? _path;

    [ParamsSource(typeof(SqliteBenchmarkData), nameof(SqliteBenchmarkData.Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _states = SqliteBenchmarkData.Grids(N);
        _entries = SqliteBenchmarkData.AuditEntries(N);
    }

    [IterationSetup]
    public void NewDatabase()
    {
        SqliteBenchmarkData.Delete(_path);
        _path = SqliteBenchmarkData.NewDatabase();

        // Aggregates are rebuilt each iteration (a commit advances their versions); not timed.
        _grids = [.. _states.Select(s => Grid.FromState(s, 0))];
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteBenchmarkData.Delete(_path);

    /// <summary>Monitoring runs (each operation is seconds long): 1 warm-up and 3 iterations, or 1 iteration for a million rows.</summary>
    public sealed class BulkConfig : ManualConfig
    {
        public BulkConfig()
        {
            var million = SqliteBenchmarkData.Sizes().First() >= 1_000_000;
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(million ? 0 : 1).WithIterationCount(million ? 1 : 3));
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Grids")]
    public void Grids_Raw()
    {
        using var connection = SqliteBenchmarkData.OpenRaw(_path!);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO grid (code, village, county, valid_from, valid_to, name, min_x, min_y, max_x, max_y, state, boundaries, version)
            VALUES ($code, $village, $county, $from, NULL, $name, $min_x, $min_y, $max_x, $max_y, $state, $boundaries, 1);
            """;
        var p = command.Parameters;
        foreach (var (name, type) in new[] { ("$code", SqliteType.Text), ("$village", SqliteType.Text), ("$county", SqliteType.Text), ("$from", SqliteType.Text), ("$name", SqliteType.Text), ("$min_x", SqliteType.Real), ("$min_y", SqliteType.Real), ("$max_x", SqliteType.Real), ("$max_y", SqliteType.Real), ("$state", SqliteType.Text), ("$boundaries", SqliteType.Blob) })
        {
            p.Add(name, type);
        }

        command.Prepare();
        var wkb = new WKBWriter();
        foreach (var grid in _grids)
        {
            var period = grid.Periods[0];
            var a = period.Attributes;
            var envelope = a.Boundary.EnvelopeInternal;
            p[0].Value = grid.Code.ToString();
            p[1].Value = grid.Village.ToString();
            p[2].Value = grid.Code.County!.Value.ToString();
            p[3].Value = NodaTime.Text.LocalDatePattern.Iso.Format(period.Validity.ValidFrom);
            p[4].Value = a.Name;
            p[5].Value = envelope.MinX;
            p[6].Value = envelope.MinY;
            p[7].Value = envelope.MaxX;
            p[8].Value = envelope.MaxY;
            p[9].Value = JsonSerializer.Serialize(
                new { schemaVersion = 1, periods = new[] { new { period.Validity, a.Name, a.Sign, a.PartyGroup, a.ExpectedHouseholds, period.Recorded } }, predecessors = grid.Predecessors, successors = grid.Successors },
                GridStateSerializer.Options);
            p[10].Value = wkb.Write(a.Boundary);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark]
    [BenchmarkCategory("Grids")]
    public async Task Grids_Library()
    {
        using var provider = await SqliteStorageProvider.OpenAsync("Data Source=" + _path);
        await using var session = await provider.OpenSessionAsync(Import);
        var store = session.GetStore<IGridStore>();
        foreach (var grid in _grids)
        {
            await store.SaveAsync(grid);
        }

        await session.CommitAsync();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Audit")]
    public void Audit_Raw()
    {
        using var connection = SqliteBenchmarkData.OpenRaw(_path!);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO audit_log (id, at, principal_id, action, subject_kind, subject_id, jurisdiction, county, purpose)
            VALUES ($id, $at, $principal, $action, $kind, $subject, $jurisdiction, $county, $purpose);
            """;
        var p = command.Parameters;
        foreach (var (name, type) in new[] { ("$id", SqliteType.Blob), ("$at", SqliteType.Integer), ("$principal", SqliteType.Text), ("$action", SqliteType.Text), ("$kind", SqliteType.Text), ("$subject", SqliteType.Text), ("$jurisdiction", SqliteType.Text), ("$county", SqliteType.Text), ("$purpose", SqliteType.Text) })
        {
            p.Add(name, type);
        }

        command.Prepare();
        foreach (var entry in _entries)
        {
            p[0].Value = entry.Id.ToByteArray(bigEndian: true);
            p[1].Value = entry.At.ToUnixTimeTicks();
            p[2].Value = entry.PrincipalId;
            p[3].Value = entry.Action;
            p[4].Value = entry.SubjectKind;
            p[5].Value = entry.SubjectId;
            p[6].Value = entry.Jurisdiction!.Value.ToString();
            p[7].Value = entry.Jurisdiction!.Value.County!.Value.ToString();
            p[8].Value = entry.Purpose;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark]
    [BenchmarkCategory("Audit")]
    public async Task Audit_Library()
    {
        using var provider = await SqliteStorageProvider.OpenAsync("Data Source=" + _path);
        await using var session = await provider.OpenSessionAsync(Import);
        foreach (var entry in _entries)
        {
            session.Audit(entry);
        }

        await session.CommitAsync();
    }
}
