using System.Globalization;
using System.Text.Json;

namespace Fengqiao.Cli.Tests;

public sealed class GridsCommandTests : IDisposable
{
    private const string Village = "330681108201";
    private readonly string _directory = Directory.CreateTempSubdirectory("fengqiao-grids-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Coverage_of_a_seamless_tiling_is_clean_with_exit_code_0()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格", 120.01, 30, 0.01));
        var boundary = Write("village.geojson", Box(0, "枫源村", 120, 30, 0.02, 0.01));

        var result = await CliHarness.RunAsync("grids", "coverage", grids, "--boundary", boundary, "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(2, json.GetProperty("grids").GetInt32());
        Assert.Equal(Village, json.GetProperty("parent").GetString());
        foreach (var list in new[] { "gaps", "overlaps", "outside", "slivers", "invalid" })
        {
            Assert.Equal(0, json.GetProperty(list).GetArrayLength());
        }

        var stats = json.GetProperty("stats");
        Assert.Equal(2, stats.GetProperty("count").GetInt32());
        Assert.InRange(stats.GetProperty("medianAreaM2").GetDouble(), 1_069_000, 1_070_000);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Gaps_overlaps_and_parts_outside_are_findings_with_exit_code_1()
    {
        // Grid 2 overlaps grid 1 by a quarter and reaches past the village's east edge; the village's north half is uncovered.
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格", 120.0075, 30, 0.02, 0.01));
        var boundary = Write("village.geojson", Box(0, "枫源村", 120, 30, 0.02, 0.02));

        var result = await CliHarness.RunAsync("grids", "coverage", grids, "--boundary", boundary, "--json");

        Assert.Equal(1, result.ExitCode);
        var gap = Assert.Single(result.Json.GetProperty("gaps").EnumerateArray());
        Assert.StartsWith("POLYGON ((", gap.GetProperty("wkt").GetString(), StringComparison.Ordinal);
        Assert.InRange(gap.GetProperty("areaM2").GetDouble(), 2_130_000, 2_140_000);
        var overlap = Assert.Single(result.Json.GetProperty("overlaps").EnumerateArray());
        Assert.Equal((Village + "001", Village + "002"), (overlap.GetProperty("a").GetString(), overlap.GetProperty("b").GetString()));
        Assert.InRange(overlap.GetProperty("areaM2").GetDouble(), 267_000, 268_000);
        var outside = Assert.Single(result.Json.GetProperty("outside").EnumerateArray());
        Assert.Equal(Village + "002", outside.GetProperty("grid").GetString());
    }

    [Fact]
    public async Task Small_findings_below_the_sliver_threshold_are_tolerated()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格", 120.01000005, 30, 0.01));
        var boundary = Write("village.geojson", Box(0, "枫源村", 120, 30, 0.02000005, 0.01));

        var strict = await CliHarness.RunAsync("grids", "coverage", grids, "--boundary", boundary, "--sliver-m2", "1", "--json");
        var tolerant = await CliHarness.RunAsync("grids", "coverage", grids, "--boundary", boundary, "--json");

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(1, strict.Json.GetProperty("gaps").GetArrayLength());
        Assert.Equal(0, tolerant.ExitCode);
        var sliver = Assert.Single(tolerant.Json.GetProperty("slivers").EnumerateArray());
        Assert.Equal("gap", sliver.GetProperty("kind").GetString());
        Assert.InRange(sliver.GetProperty("areaM2").GetDouble(), 5, 6); // 0.005 m × 1109 m
    }

    [Fact]
    public async Task Invalid_features_are_listed_and_the_others_still_checked()
    {
        var point = $$$"""{"type":"Feature","properties":{"code":"{{{Village}}}009","name":"点"},"geometry":{"type":"Point","coordinates":[120,30]}}""";
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), point, Box(2, "二网格", 120.01, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "coverage", grids, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Json.GetProperty("grids").GetInt32());
        var invalid = Assert.Single(result.Json.GetProperty("invalid").EnumerateArray());
        Assert.Equal(1, invalid.GetProperty("feature").GetInt32());
        Assert.Equal("GeoJson.GeometryNotPolygonal", invalid.GetProperty("errorCode").GetString());
        Assert.Contains("features[1].geometry", invalid.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_output_lists_findings_in_both_languages()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格", 120.005, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "coverage", grids);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Overlaps 重叠: 1", result.Out, StringComparison.Ordinal);
        Assert.Contains($"Overlap {Village}001 {Village}002 ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Result: findings / 存在问题", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "GeoJson.NotJson")]
    [InlineData("""{"type":"Feature"}""", "GeoJson.NotFeatureCollection")]
    public async Task Unreadable_input_exits_with_2_and_a_json_error(string content, string errorCode)
    {
        var path = Path.Combine(_directory, "bad.geojson");
        File.WriteAllText(path, content);

        var result = await CliHarness.RunAsync("grids", "coverage", path, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(errorCode, result.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_missing_file_exits_with_2()
    {
        var result = await CliHarness.RunAsync("grids", "locate", Path.Combine(_directory, "none.geojson"), "--lon", "120", "--lat", "30", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Io", result.ErrorJson.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task A_boundary_file_needs_exactly_one_feature()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01));
        var boundary = Write("two.geojson", Box(0, "村", 120, 30, 0.01), Box(0, "村", 121, 30, 0.01).Replace(Village, "330681108202", StringComparison.Ordinal));

        var result = await CliHarness.RunAsync("grids", "coverage", grids, "--boundary", boundary, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--boundary", result.ErrorJson.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("120.005", "30.005", "001")]
    [InlineData("120.015", "30.005", "002")]
    [InlineData("120.01", "30.005", "002")] // the shared edge: the grid east of it
    public async Task Locate_names_the_grid_holding_the_point(string lon, string lat, string grid)
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格", 120.01, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "locate", grids, "--lon", lon, "--lat", lat, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Village + grid, result.Json.GetProperty("grid").GetString());
    }

    [Fact]
    public async Task Locate_outside_every_grid_gives_null_and_exit_code_1()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "locate", grids, "--lon", "121", "--lat", "30", "--json");
        var human = await CliHarness.RunAsync("grids", "locate", grids, "--lon", "121", "--lat", "30");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(JsonValueKind.Null, result.Json.GetProperty("grid").ValueKind);
        Assert.Contains("lies in no grid", human.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locate_refuses_a_latitude_out_of_range()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "locate", grids, "--lon", "120", "--lat", "95", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("GridGeometry.CoordinateOutOfRange", result.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal("--lat", result.ErrorJson.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Map_writes_an_svg_file()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01), Box(2, "二网格 <东>", 120.01, 30, 0.01));
        var svg = Path.Combine(_directory, "village.svg");

        var result = await CliHarness.RunAsync("grids", "map", grids, "-o", svg, "--width", "400", "--title", "枫源村", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Json.GetProperty("grids").GetInt32());
        var text = File.ReadAllText(svg);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\"", text, StringComparison.Ordinal);
        Assert.Contains("二网格 &lt;东&gt;", text, StringComparison.Ordinal);
        Assert.Contains("<title>枫源村</title>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_refuses_an_unknown_label_mode()
    {
        var grids = Write("grids.geojson", Box(1, "一网格", 120, 30, 0.01));

        var result = await CliHarness.RunAsync("grids", "map", grids, "-o", Path.Combine(_directory, "x.svg"), "--labels", "everything");

        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>A feature for a lon/lat box; grid number 0 gives the village's own code.</summary>
    private static string Box(int grid, string name, double west, double south, double width, double? height = null)
    {
        var (e, n) = (west + width, south + (height ?? width));
        var code = grid == 0 ? Village : Village + grid.ToString("D3", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{"code":"{{{code}}}","name":"{{{name}}}"},"geometry":{"type":"Polygon","coordinates":[[[{{{west}}},{{{south}}}],[{{{e}}},{{{south}}}],[{{{e}}},{{{n}}}],[{{{west}}},{{{n}}}],[{{{west}}},{{{south}}}]]]}}""");
    }

    private string Write(string name, params string[] features)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""");
        return path;
    }
}
