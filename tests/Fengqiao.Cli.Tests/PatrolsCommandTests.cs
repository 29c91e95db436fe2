namespace Fengqiao.Cli.Tests;

public sealed class PatrolsCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("fengqiao-patrols-");

    private string Database => Path.Combine(_directory.FullName, "demo.db");

    public void Dispose() => _directory.Delete(recursive: true);

    // The demo's JSON nests the figures deeper than the report's: compare them without indentation.
    private static string Compact(System.Text.Json.JsonElement element) => System.Text.Json.JsonSerializer.Serialize(element);

    [Fact]
    public async Task The_demo_adds_a_year_of_patrols_inspections_and_incidents_and_a_second_run_reports_the_same_year()
    {
        var first = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var second = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        var step = first.Json.GetProperty("steps").GetProperty("patrols");
        Assert.True(step.GetProperty("generated").GetBoolean());
        Assert.Equal("540127", step.GetProperty("county").GetString());
        Assert.Equal(30, step.GetProperty("patrols").GetProperty("patrols").GetInt32());
        Assert.True(step.GetProperty("patrols").GetProperty("kilometres").GetDouble() > 0);
        Assert.Equal(60, step.GetProperty("incidents").GetProperty("incidents").GetInt32());
        Assert.Equal(7, step.GetProperty("inspections").GetProperty("inspections").GetInt32());
        var again = second.Json.GetProperty("steps").GetProperty("patrols");
        Assert.False(again.GetProperty("generated").GetBoolean());
        Assert.Equal(Compact(step.GetProperty("incidents")), Compact(again.GetProperty("incidents")));
        Assert.Equal(Compact(step.GetProperty("patrols")), Compact(again.GetProperty("patrols")));
    }

    [Fact]
    public async Task Patrols_and_incidents_reports_read_the_figures_back_for_a_period_and_a_grid()
    {
        var demo = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var step = demo.Json.GetProperty("steps").GetProperty("patrols");
        var from = step.GetProperty("from").GetString()!;
        var to = step.GetProperty("to").GetString()!;

        var patrols = await CliHarness.RunAsync("patrols", "report", "--db", Database, "--from", from, "--to", to, "--json");
        var incidents = await CliHarness.RunAsync("incidents", "report", "--db", Database, "--from", from, "--to", to, "--grid", "540127", "--json");
        var text = await CliHarness.RunAsync("incidents", "report", "--db", Database, "--from", from, "--to", to);

        Assert.True(patrols.ExitCode == 0, patrols.Error);
        Assert.Equal(Compact(step.GetProperty("patrols")), Compact(patrols.Json.GetProperty("patrols")));
        Assert.Equal(Compact(step.GetProperty("inspections")), Compact(patrols.Json.GetProperty("inspections")));
        Assert.Equal(Compact(step.GetProperty("incidents")), Compact(incidents.Json.GetProperty("incidents")));
        Assert.Contains("urgent within 5 min", text.Out, StringComparison.Ordinal);

        var grid = patrols.Json.GetProperty("patrols").GetProperty("byGrid").EnumerateArray().Select(g => g.GetProperty("grid").GetString()!).First(code => code.Length == 15);
        var narrowed = await CliHarness.RunAsync("patrols", "report", "--db", Database, "--from", from, "--to", to, "--grid", grid, "--json");
        var only = Assert.Single(narrowed.Json.GetProperty("patrols").GetProperty("byGrid").EnumerateArray());
        Assert.Equal(grid, only.GetProperty("grid").GetString());
    }

    [Fact]
    public async Task A_bad_date_or_a_missing_database_is_a_usage_error()
    {
        var badDate = await CliHarness.RunAsync("patrols", "report", "--db", Database, "--from", "2025-13-01", "--to", "2025-12-31", "--json");
        var missing = await CliHarness.RunAsync("incidents", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--json");

        Assert.Equal(2, badDate.ExitCode);
        Assert.Equal("Cli.InvalidDate", badDate.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal("--from", badDate.ErrorJson.GetProperty("field").GetString());
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("--db", missing.ErrorJson.GetProperty("field").GetString());
    }
}
