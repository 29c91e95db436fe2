namespace Fengqiao.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("fengqiao-demo-");

    private string Database => Path.Combine(_directory.FullName, "demo.db");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Demo_runs_the_seed_county_end_to_end_and_reports_json()
    {
        var result = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("sqlite", result.Json.GetProperty("storage").GetString());
        Assert.True(File.Exists(Database));
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
    public async Task A_second_run_on_the_same_database_reads_the_seeds_back_instead_of_loading_them_again()
    {
        var first = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var second = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        Assert.True(first.Json.GetProperty("steps").GetProperty("grids").GetProperty("loaded").GetBoolean());
        Assert.False(second.Json.GetProperty("steps").GetProperty("grids").GetProperty("loaded").GetBoolean());
        Assert.Equal(
            first.Json.GetProperty("steps").GetProperty("grids").GetProperty("stations").ToString(),
            second.Json.GetProperty("steps").GetProperty("grids").GetProperty("stations").ToString());
    }

    [Fact]
    public async Task Demo_never_prints_a_citizen_id_unmasked()
    {
        var result = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("11010519491231002X", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("19491231", result.Out, StringComparison.Ordinal);
        Assert.Contains("110105********002X", result.Out, StringComparison.Ordinal);
    }
}
