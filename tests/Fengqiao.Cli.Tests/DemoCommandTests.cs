namespace Fengqiao.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_runs_the_seed_county_end_to_end_and_reports_json()
    {
        var result = await CliHarness.RunAsync("demo", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var steps = result.Json.GetProperty("steps");
        Assert.Equal("2026-03-18", steps.GetProperty("calendar").GetProperty("idCardReissue").GetProperty("due").GetString());
        var stations = steps.GetProperty("grids").GetProperty("stations").EnumerateArray().ToList();
        Assert.Equal(6, stations.Count);
        Assert.All(stations, s =>
        {
            Assert.True(s.GetProperty("oneOfficerPerVillage").GetBoolean());
            Assert.Equal(0, s.GetProperty("coverage").GetProperty("gaps").GetInt32());
            Assert.Equal(0, s.GetProperty("coverage").GetProperty("overlaps").GetInt32());
            Assert.NotNull(s.GetProperty("coverage").GetProperty("locatedPoint").GetString());
        });
    }

    [Fact]
    public async Task Demo_never_prints_a_citizen_id_unmasked()
    {
        var result = await CliHarness.RunAsync("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("11010519491231002X", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("19491231", result.Out, StringComparison.Ordinal);
        Assert.Contains("110105********002X", result.Out, StringComparison.Ordinal);
    }
}
