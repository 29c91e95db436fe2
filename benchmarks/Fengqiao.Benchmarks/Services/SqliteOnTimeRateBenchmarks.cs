using System.Globalization;
using BenchmarkDotNet.Attributes;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.Requests;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Time;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Benchmarks.Services;

/// <summary>
/// The on-time rate (按时办结率) of a county-year of service requests on SQLite: the raw SQL count over the
/// store's report columns (the baseline) beside the library's path — query the requests through
/// <see cref="IServiceRequestStore"/> (each row decrypted and rebuilt as a checked aggregate) and count
/// <see cref="ServiceRequest.IsCompletedOnTime"/>. Both give the same figure (checked in the setup).
/// FENGQIAO_BENCH_N sets the number of requests (default 20,000).
/// </summary>
[MemoryDiagnoser]
public class SqliteOnTimeRateBenchmarks
{
    private static readonly JurisdictionCode Station = JurisdictionCode.Parse("540127200");
    private static readonly LocalDate From = new(2025, 1, 1);
    private static readonly LocalDate To = new(2025, 12, 31);

    private string _path = null!;
    private SqliteStorageProvider _provider = null!;
    private ServiceClock _clock = null!;

    /// <summary>Gets or sets the number of requests in the county-year.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes to run.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes() =>
        [int.TryParse(Environment.GetEnvironmentVariable("FENGQIAO_BENCH_N"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20_000];

    [GlobalSetup]
    public async Task Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "fengqiao-bench-services-" + Guid.NewGuid().ToString("N") + ".db");
        _provider = await SqliteStorageProvider.OpenAsync($"Data Source={_path}", o => o.FieldProtector = AesGcmFieldProtector.CreateEphemeral());
        _clock = ServiceClock.For(WorkingCalendarSet.Embedded, Station);
        var catalog = ServiceCatalogSeed.LoadEmbedded().Build(new ChangeStamp(Instant.FromUtc(2020, 1, 1, 0, 0), "bench"));
        var random = new Random(2025);
        await using (var session = await _provider.OpenSqliteSessionAsync(AccessScope.Unrestricted("bench")))
        {
            var store = session.GetStore<IServiceRequestStore>();
            for (var i = 0; i < N; i++)
            {
                var service = catalog[random.Next(catalog.Count)];
                var day = From.PlusDays(random.Next(0, 365));
                var at = day.At(new LocalTime(9, 0).PlusMinutes(random.Next(480))).InZoneLeniently(_clock.Zone).ToInstant();
                var answers = service.Current.Attributes.Where(a => a.Required).ToDictionary(a => a.Code, a => a.Values.Count > 0 ? a.Values[0].Key : a.Datatype == AttributeDatatype.Datetime ? "2025-06-01" : "x");
                var request = ServiceRequest.Submit(
                    ServiceRequestId.From(Guid.CreateVersion7(at.ToDateTimeOffset())),
                    service,
                    Station,
                    ServiceApplicant.Named("测试", MobileNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"139{random.Next(10_000_000, 99_999_999)}"))),
                    ServiceChannels.Window,
                    _clock,
                    new ChangeStamp(at, "bench"),
                    new ServiceRequestDetails(answers));
                request.Accept(new ChangeStamp(at + Duration.FromMinutes(1), "bench"));
                request.Start(new ChangeStamp(at + Duration.FromMinutes(2), "bench"));
                var done = request.DueAt is { } dueAt
                    ? dueAt + Duration.FromMinutes(random.Next(-15, 3))
                    : request.DueOn!.Value.PlusDays(random.Next(-10, 2)).At(new LocalTime(16, 0)).InZoneLeniently(_clock.Zone).ToInstant();
                request.Complete(new ChangeStamp(done > at + Duration.FromMinutes(3) ? done : at + Duration.FromMinutes(3), "bench"));
                await store.SaveAsync(request);
            }

            await session.CommitAsync();
        }

        if (Math.Abs(RawSql() - await Library()) > 1e-12)
        {
            throw new InvalidOperationException("The raw count and the library disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    /// <summary>The raw count over the report columns.</summary>
    /// <returns>The on-time rate.</returns>
    [Benchmark(Baseline = true)]
    public double RawSql()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), SUM(on_time) FROM service_request WHERE county = $county AND submitted_on >= $from AND submitted_on <= $to AND status = 5";
        command.Parameters.AddWithValue("$county", "540127");
        command.Parameters.AddWithValue("$from", "2025-01-01");
        command.Parameters.AddWithValue("$to", "2025-12-31");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (double)reader.GetInt64(1) / reader.GetInt64(0);
    }

    /// <summary>The library's store query, every request rebuilt, decrypted and checked.</summary>
    /// <returns>The on-time rate.</returns>
    [Benchmark]
    public async Task<double> Library()
    {
        await using var session = await _provider.OpenSqliteSessionAsync(AccessScope.Unrestricted("bench"));
        var requests = session.GetStore<IServiceRequestStore>().QueryAsync(new ServiceRequestQuery(Within: Station.AncestorAt(JurisdictionLevel.County), Status: ServiceRequestStatus.Completed, SubmittedFrom: From, SubmittedTo: To));
        long completed = 0, onTime = 0;
        await foreach (var request in requests)
        {
            completed++;
            onTime += request.IsCompletedOnTime(_clock) == true ? 1 : 0;
        }

        return (double)onTime / completed;
    }
}
