using Fengqiao.Grids;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Patrols.Tests.Support;

/// <summary>Shared fixtures: the Shanghai zone, a fake clock, a 4 × 4 tiling of 0.01° grids around Rong township.</summary>
internal static class TestData
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly JurisdictionCode County = JurisdictionCode.Parse("540127");

    public static readonly JurisdictionCode Village = JurisdictionCode.Parse("540127100001");

    public const double West = 91.0;

    public const double South = 29.6;

    public const double Cell = 0.01;

    public static FakeClock NewClock() => new(Instant.FromUtc(2025, 3, 1, 0, 0));

    public static ChangeStamp Stamp(IClock clock) => new(clock.GetCurrentInstant(), "tester");

    public static Instant Local(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>Grid number k (1-based) is column (k - 1) % 4, row (k - 1) / 4.</summary>
    public static JurisdictionCode Grid(int k) => Village.Child(k);

    public static GridLocator Locator { get; } = GridLocator.Build(Grids());

    private static IEnumerable<GridFeature> Grids()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        for (var k = 1; k <= 16; k++)
        {
            var x = West + (((k - 1) % 4) * Cell);
            var y = South + (((k - 1) / 4) * Cell);
            var square = factory.CreatePolygon(
            [
                new Coordinate(x, y), new Coordinate(x + Cell, y), new Coordinate(x + Cell, y + Cell), new Coordinate(x, y + Cell), new Coordinate(x, y),
            ]);
            yield return new GridFeature(Grid(k), "网格" + k, square);
        }
    }
}
