using System.Globalization;

namespace Fengqiao.Grids.Tests.GeoJson;

/// <summary>Builds small GeoJSON texts for tests.</summary>
internal static class GeoJsonText
{
    public const string Village = "330681108201";

    public static string GridCode(int number) => Village + number.ToString("D3", CultureInfo.InvariantCulture);

    public static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    public static string Feature(string code, string name, string geometry) =>
        $$"""{"type":"Feature","properties":{"code":"{{code}}","name":"{{name}}"},"geometry":{{geometry}}}""";

    public static string FeatureWithProperties(string properties, string geometry) =>
        $$"""{"type":"Feature","properties":{{properties}},"geometry":{{geometry}}}""";

    /// <summary>A lon/lat box as a Polygon geometry, counter-clockwise.</summary>
    public static string Box(double west, double south, double size = 0.01) =>
        Polygon($"[{N(west)},{N(south)}],[{N(west + size)},{N(south)}],[{N(west + size)},{N(south + size)}],[{N(west)},{N(south + size)}],[{N(west)},{N(south)}]");

    public static string Polygon(params string[] rings) =>
        $$"""{"type":"Polygon","coordinates":[{{string.Join(",", rings.Select(r => "[" + r + "]"))}}]}""";

    /// <summary>A valid collection of <paramref name="count"/> boxes in a row, codes 001, 002…</summary>
    public static string Row(int count) =>
        Collection(Enumerable.Range(0, count).Select(i => Feature(GridCode(i + 1), $"网格{i + 1}", Box(120 + (0.01 * i), 29.5))).ToArray());

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
