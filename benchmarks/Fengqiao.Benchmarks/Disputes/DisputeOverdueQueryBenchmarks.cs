using BenchmarkDotNet.Attributes;
using Fengqiao.Access;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Parties;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Benchmarks.Disputes;

/// <summary>
/// The overdue query (超期) over a county-year on SQLite: 20,000 disputes reported in 2025 across 200 grids
/// of one county, a tenth left open; the query asks for the open ones past their deadline on 2026-01-01.
/// The library (<see cref="IDisputeStore.QueryOverdueAsync"/>, rebuilding each dispute from its JSON state
/// and decrypting phones) against raw SQL on the same index reading the same rows' state text.
/// </summary>
[MemoryDiagnoser]
public class DisputeOverdueQueryBenchmarks : IDisposable
{
    private const int Count = 20_000;
    private static readonly JurisdictionCode County = JurisdictionCode.Parse("140829");
    private static readonly LocalDate AsOf = new(2026, 1, 1);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "fengqiao-bench", "disputes-" + Guid.NewGuid().ToString("N") + ".db");
    private SqliteStorageProvider _provider = null!;
    private SqliteConnection _raw = null!;
    private int _expected;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _provider = SqliteStorageProvider.OpenAsync($"Data Source={_path}", o => o.FieldProtector = AesGcmFieldProtector.CreateEphemeral()).GetAwaiter().GetResult();
        var policy = DisputePolicy.LoadEmbedded();
        var random = new Random(2025);
        var stamp = new ChangeStamp(Instant.FromUtc(2025, 1, 1, 2, 0), "import");
        var disputes = new List<Dispute>(Count);
        for (var i = 0; i < Count; i++)
        {
            var grid = County.Child(101).Child(201 + (i % 10)).Child(1 + (i / 10 % 20));
            var day = new LocalDate(2025, 1, 1).PlusDays(random.Next(365));
            var parties = new List<DisputeParty> { new(1, PartyRole.Applicant, ResidentId.From(Guid.CreateVersion7())), new(2, PartyRole.Respondent, null, "外来人员", MobileNumber.Parse("13912345678")) };
            var d = Dispute.Report(DisputeId.New(stamp.At.Plus(Duration.FromMinutes(i))), new DisputeLocation(grid, "一组"), day, DisputeSource.Visit, new DisputeRecord("neighbour", RiskLevel.Medium, "邻里纠纷", parties, []), policy, stamp);
            d.Accept(stamp);
            if (i % 10 != 0)
            {
                d.RespondFirst(stamp);
                d.Settle(null, day, policy, stamp);
            }

            disputes.Add(d);
        }

        var scope = AccessScope.Unrestricted("bench");
        foreach (var chunk in disputes.Chunk(2_000))
        {
            var session = _provider.OpenSessionAsync(scope).AsTask().GetAwaiter().GetResult();
            var store = session.GetStore<IDisputeStore>();
            foreach (var d in chunk)
            {
                store.SaveAsync(d).GetAwaiter().GetResult();
            }

            session.CommitAsync().GetAwaiter().GetResult();
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _expected = disputes.Count(d => d.IsOpen && d.Deadline < AsOf);
        _raw = new SqliteConnection($"Data Source={_path}");
        _raw.Open();
        if (RawSql() != _expected || Library().GetAwaiter().GetResult() != _expected)
        {
            throw new InvalidOperationException("The two queries disagree.");
        }
    }

    public void Dispose()
    {
        _raw?.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _provider.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Benchmark(Baseline = true)]
    public int RawSql()
    {
        using var command = _raw.CreateCommand();
        command.CommandText = "SELECT id, deadline, state FROM dispute WHERE is_open = 1 AND area >= $lo AND area < $hi AND deadline < $asOf ORDER BY deadline, id;";
        command.Parameters.AddWithValue("$lo", "140829");
        command.Parameters.AddWithValue("$hi", "140830");
        command.Parameters.AddWithValue("$asOf", "2026-01-01");
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetString(2);
            rows++;
        }

        return rows;
    }

    [Benchmark]
    public async Task<int> Library()
    {
        await using var session = await _provider.OpenSessionAsync(AccessScope.Unrestricted("bench"));
        var rows = 0;
        await foreach (var _ in session.GetStore<IDisputeStore>().QueryOverdueAsync(County, AsOf))
        {
            rows++;
        }

        return rows;
    }
}
