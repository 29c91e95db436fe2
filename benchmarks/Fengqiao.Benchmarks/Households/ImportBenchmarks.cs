using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Fengqiao.Access;
using Fengqiao.Benchmarks.Storage;
using Fengqiao.Households.Ledgers;
using Fengqiao.Identity;
using Fengqiao.Privacy;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Benchmarks.Households;

/// <summary>
/// Household ledger import into SQLite (synchronous=FULL): the library — <see cref="LedgerImporter"/>
/// reading the CSV (encoding detection, RFC 4180 parsing, every check, duplicates against the file and the
/// store), then the household registry's bulk path (IDs and phones encrypted, keyed-hash index, one
/// commit) — against a raw baseline that splits the same CSV on commas, parses each citizen ID and inserts
/// households and residents with two prepared Microsoft.Data.Sqlite commands in one transaction, storing
/// the ID in plain text. Each iteration writes into a fresh database holding the grids.
/// Set FENGQIAO_BENCH_N to the number of households (default 100,000, three residents each).
/// </summary>
[Config(typeof(ImportConfig))]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _csv = [];
    private string? _path;
    private IFieldProtector _protector = null!;

    [ParamsSource(typeof(ImportBenchmarkData), nameof(ImportBenchmarkData.Sizes))]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _csv = ImportBenchmarkData.Csv(Households);
        _protector = AesGcmFieldProtector.CreateEphemeral();
    }

    [IterationSetup]
    public void NewDatabase()
    {
        SqliteBenchmarkData.Delete(_path);
        _path = ImportBenchmarkData.NewDatabaseAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteBenchmarkData.Delete(_path);

    [Benchmark(Baseline = true)]
    public int Raw()
    {
        using var connection = SqliteBenchmarkData.OpenRaw(_path!);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS raw_household (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, grid TEXT NOT NULL, address TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS raw_resident (id INTEGER PRIMARY KEY, household INTEGER NOT NULL REFERENCES raw_household(id), relation TEXT NOT NULL, name TEXT NOT NULL, citizen_id TEXT NOT NULL UNIQUE, phone TEXT);
                """;
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var household = connection.CreateCommand();
        household.Transaction = transaction;
        household.CommandText = "INSERT INTO raw_household (number, grid, address) VALUES ($number, $grid, $address) RETURNING id;";
        var hp = household.Parameters;
        hp.Add("$number", SqliteType.Text);
        hp.Add("$grid", SqliteType.Text);
        hp.Add("$address", SqliteType.Text);
        household.Prepare();
        using var resident = connection.CreateCommand();
        resident.Transaction = transaction;
        resident.CommandText = "INSERT INTO raw_resident (household, relation, name, citizen_id, phone) VALUES ($household, $relation, $name, $id, $phone);";
        var rp = resident.Parameters;
        rp.Add("$household", SqliteType.Integer);
        rp.Add("$relation", SqliteType.Text);
        rp.Add("$name", SqliteType.Text);
        rp.Add("$id", SqliteType.Text);
        rp.Add("$phone", SqliteType.Text);
        resident.Prepare();

        var rows = 0;
        long householdId = 0;
        string? current = null;
        using var reader = new StreamReader(new MemoryStream(_csv));
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (!string.Equals(cells[0], current, StringComparison.Ordinal))
            {
                current = cells[0];
                hp[0].Value = cells[0];
                hp[1].Value = cells[6];
                hp[2].Value = cells[7];
                householdId = (long)household.ExecuteScalar()!;
            }

            rp[0].Value = householdId;
            rp[1].Value = cells[2];
            rp[2].Value = cells[3];
            rp[3].Value = CitizenId.Parse(cells[4]).RevealUnmasked();
            rp[4].Value = cells[5].Length == 0 ? DBNull.Value : cells[5];
            resident.ExecuteNonQuery();
            rows++;
        }

        transaction.Commit();
        return rows;
    }

    [Benchmark]
    public async Task<int> Library()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .UseFieldProtection(_protector)
            .AddHouseholdLedgers()
            .UseAccessScope(AccessScope.Unrestricted("import"))
            .UseSqlite("Data Source=" + _path));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LedgerImporter>();
        var result = await importer.ImportAsync(new MemoryStream(_csv), LedgerFormat.Csv, new LedgerImportOptions { AsOf = new LocalDate(2025, 6, 1) });
        return result.IsClean ? result.ResidentsImported : throw new InvalidOperationException(result.Errors[0].ErrorCode + ": " + result.Errors[0].Message);
    }

    /// <summary>Monitoring runs (each operation takes seconds): 1 warm-up and 3 iterations.</summary>
    public sealed class ImportConfig : ManualConfig
    {
        public ImportConfig() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
    }
}
