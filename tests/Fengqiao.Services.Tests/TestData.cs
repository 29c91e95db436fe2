using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.Requests;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Services.Tests;

/// <summary>Shared fixtures: the seed catalog, stations inside and outside the Tibet overlay, instants in Asia/Shanghai.</summary>
internal static class TestData
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Zhaxigang township, Maizhokunggar county, Lhasa: inside the 540000 example overlay.</summary>
    public static readonly JurisdictionCode TibetStation = JurisdictionCode.Parse("540127200");

    /// <summary>Zhangcun town, Pinglu county, Shanxi: national calendar only.</summary>
    public static readonly JurisdictionCode ShanxiStation = JurisdictionCode.Parse("140829100");

    public static readonly ServiceClock National = ServiceClock.For(WorkingCalendarSet.Embedded, ShanxiStation);

    public static readonly ServiceClock Tibet = ServiceClock.For(WorkingCalendarSet.Embedded, TibetStation);

    public static readonly IReadOnlyDictionary<string, ConvenienceService> SeedCatalog =
        ServiceCatalogSeed.LoadEmbedded().Build(new ChangeStamp(Instant.FromUtc(2020, 12, 1, 0, 0), "seed")).ToDictionary(s => s.Code);

    public static readonly IReadOnlyDictionary<string, string> IdCardAnswers = new Dictionary<string, string> { ["reason"] = "lost", ["delivery"] = "home" };

    public static Instant At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    public static ChangeStamp Stamp(Instant at, string by = "clerk-01") => new(at, by);

    public static ServiceApplicant Applicant() => ServiceApplicant.Named("王小明", MobileNumber.Parse("13812345678"), CitizenId.Parse("11010519491231002X"));

    public static ServiceRequest Submit(string service, Instant at, JurisdictionCode? station = null, IReadOnlyDictionary<string, string>? answers = null, string? fromHotline = null)
    {
        var where = station ?? ShanxiStation;
        return ServiceRequest.Submit(
            ServiceRequestId.From(Guid.CreateVersion7()),
            SeedCatalog[service],
            where,
            Applicant(),
            ServiceChannels.Window,
            ServiceClock.For(WorkingCalendarSet.Embedded, where),
            Stamp(at),
            new ServiceRequestDetails(answers ?? (service == "id-card-reissue" ? IdCardAnswers : null), FromHotline: fromHotline));
    }
}
