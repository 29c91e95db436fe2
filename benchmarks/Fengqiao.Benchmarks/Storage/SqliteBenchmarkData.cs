using System.Globalization;
using Fengqiao.Auditing;
using Fengqiao.Grids;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>Sample rows for the SQLite benchmarks and the temp databases they write into.</summary>
internal static class SqliteBenchmarkData
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>The record counts: FENGQIAO_BENCH_N (such as 1000000) or 100,000.</summary>
    public static IEnumerable<int> Sizes() =>
        [int.TryParse(Environment.GetEnvironmentVariable("FENGQIAO_BENCH_N"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100_000];

    /// <summary>Grid states with distinct 15-digit codes (in code order) and a small square boundary each.</summary>
    public static GridState[] Grids(int count)
    {
        var grids = new GridState[count];
        var stamp = new ChangeStamp(Start, "import");
        for (var i = 0; i < count; i++)
        {
            // 999 grids per village, 999 villages per township, townships under one county.
            var code = JurisdictionCode.Parse(string.Create(CultureInfo.InvariantCulture, $"540127{1 + (i / 998_001):000}{1 + (i / 999 % 999):000}{1 + (i % 999):000}"));
            var x = 91 + (i % 1000 * 0.001);
            var y = 29 + (i / 1000 * 0.001 % 10);
            var square = Factory.CreatePolygon([new(x, y), new(x + 0.001, y), new(x + 0.001, y + 0.001), new(x, y + 0.001), new(x, y)]);
            var attributes = new GridAttributes("扎西岗村第" + i.ToString(CultureInfo.InvariantCulture) + "网格", square, "牌-" + i.ToString(CultureInfo.InvariantCulture), "第一网格党小组", 120);
            grids[i] = new GridState(GridState.CurrentSchemaVersion, code, [new GridPeriod(ValidityPeriod.StartingOn(new LocalDate(2024, 1, 1)), attributes, stamp)], [], []);
        }

        return grids;
    }

    /// <summary>Audit entries with time-ordered ids.</summary>
    public static AuditEntry[] AuditEntries(int count)
    {
        var entries = new AuditEntry[count];
        var village = JurisdictionCode.Parse("540127101001");
        for (var i = 0; i < count; i++)
        {
            var at = Start + Duration.FromMilliseconds(i);
            entries[i] = new AuditEntry(TimeOrderedGuid.NewGuid(at), at, "officer-7", "households.resident.read-unmasked", "Resident", "r-" + i.ToString(CultureInfo.InvariantCulture), village, "走访核实");
        }

        return entries;
    }

    /// <summary>Creates an empty database with the library's schema and returns its path.</summary>
    public static string NewDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), "fengqiao-bench-" + Guid.NewGuid().ToString("N") + ".db");
        using var provider = SqliteStorageProvider.OpenAsync("Data Source=" + path).GetAwaiter().GetResult();
        return path;
    }

    public static void Delete(string? path)
    {
        if (path is null)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>Opens a raw connection with the same PRAGMAs the library uses (WAL, synchronous=FULL).</summary>
    public static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection("Data Source=" + path);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
