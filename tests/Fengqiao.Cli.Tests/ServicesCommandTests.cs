namespace Fengqiao.Cli.Tests;

public sealed class ServicesCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("fengqiao-services-");

    private string Database => Path.Combine(_directory.FullName, "services.db");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("id-card-reissue", "2026-02-06", null, "2026-03-12")]
    [InlineData("id-card-reissue", "2026-02-06", "540127", "2026-03-19")]
    [InlineData("household-move-in", "2025-09-26", null, "2025-10-10")]
    [InlineData("border-pass", "2026-02-15", null, "2026-02-15")]
    public async Task Due_gives_the_working_day_due_date_as_json(string service, string submitted, string? region, string due)
    {
        string[] args = region is null
            ? ["services", "due", "--service", service, "--submitted", submitted, "--json"]
            : ["services", "due", "--service", service, "--submitted", submitted, "--region", region, "--json"];

        var result = await CliHarness.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(service, result.Json.GetProperty("service").GetString());
        Assert.Equal(submitted, result.Json.GetProperty("submitted").GetString());
        Assert.Equal(due, result.Json.GetProperty("due").GetString());
    }

    [Fact]
    public async Task Due_refuses_an_unknown_service_and_a_bad_date()
    {
        var unknown = await CliHarness.RunAsync("services", "due", "--service", "no-such-service", "--submitted", "2026-02-06");
        var badDate = await CliHarness.RunAsync("services", "due", "--service", "id-card-reissue", "--submitted", "06/02/2026");

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("Services.CatalogVersionInvalid", unknown.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badDate.ExitCode);
    }

    [Fact]
    public async Task The_demo_simulates_a_year_once_and_the_report_reads_its_figures()
    {
        var first = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var second = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var report = await CliHarness.RunAsync("services", "report", "--db", Database, "--from", "2025-11-01", "--to", "2026-10-31", "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        var step = first.Json.GetProperty("steps").GetProperty("services");
        Assert.True(step.GetProperty("generated").GetBoolean());
        Assert.False(second.Json.GetProperty("steps").GetProperty("services").GetProperty("generated").GetBoolean());
        Assert.Equal(step.GetProperty("figures").ToString(), second.Json.GetProperty("steps").GetProperty("services").GetProperty("figures").ToString());

        Assert.True(report.ExitCode == 0, report.Error);
        var figures = report.Json;
        Assert.Equal(80, figures.GetProperty("requests").GetInt32()); // 4000 × 0.02
        var rate = figures.GetProperty("onTimeRate").GetDouble();
        Assert.InRange(rate, 0.8, 1.0);
        Assert.True(figures.GetProperty("averageHandlingDays").GetDouble() > 0);
        Assert.Equal(0, figures.GetProperty("complaints").GetInt32());
        Assert.Equal(0, figures.GetProperty("errors").GetInt32());
        Assert.True(figures.GetProperty("zeroComplaintsZeroErrors").GetBoolean());
        Assert.Equal(12, figures.GetProperty("workOrders").GetInt32());
    }

    [Fact]
    public async Task The_report_needs_an_existing_database()
    {
        var result = await CliHarness.RunAsync("services", "report", "--db", Database, "--from", "2026-01-01", "--to", "2026-03-31");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(Database));
    }
}
