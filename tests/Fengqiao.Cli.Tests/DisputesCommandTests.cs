namespace Fengqiao.Cli.Tests;

public sealed class DisputesCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("fengqiao-disputes-");

    private string Database => Path.Combine(_directory.FullName, "demo.db");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task The_demo_records_a_year_of_disputes_once_and_the_report_reads_the_same_figures()
    {
        var first = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var second = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        var step = first.Json.GetProperty("steps").GetProperty("disputes");
        var year = step.GetProperty("year").GetInt32();
        var generated = step.GetProperty("generated").GetInt32();
        Assert.Equal(48, generated);
        Assert.Equal(0, second.Json.GetProperty("steps").GetProperty("disputes").GetProperty("generated").GetInt32());
        var figures = step.GetProperty("figures");
        Assert.Equal(figures.ToString(), second.Json.GetProperty("steps").GetProperty("disputes").GetProperty("figures").ToString());
        Assert.True(figures.GetProperty("settled").GetInt32() > figures.GetProperty("reported").GetInt32() / 2);

        var report = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", $"{year}-01-01", "--to", $"{year}-12-31", "--json");

        Assert.True(report.ExitCode == 0, report.Error);
        var read = report.Json.GetProperty("figures");
        Assert.Equal(figures.GetProperty("reported").GetInt32(), read.GetProperty("reported").GetInt32());
        Assert.InRange(generated - read.GetProperty("reported").GetInt32(), 0, 3); // only merged duplicates are left out
        Assert.Equal(figures.GetProperty("settlementRate").GetDouble(), read.GetProperty("settlementRate").GetDouble());
        Assert.Equal($"{year}-12-31", read.GetProperty("to").GetString());
    }

    [Fact]
    public async Task The_report_filters_by_grid_and_prints_text()
    {
        await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        var all = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--json");
        var zhangcun = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--grid", "140829", "--json");
        var text = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--grid", "140829");

        Assert.True(zhangcun.Json.GetProperty("figures").GetProperty("reported").GetInt32() < all.Json.GetProperty("figures").GetProperty("reported").GetInt32());
        Assert.Equal("140829", zhangcun.Json.GetProperty("grid").GetString());
        Assert.Contains("settlement rate 化解率", text.Out, StringComparison.Ordinal);
        Assert.Contains("小事不出村、大事不出乡镇", text.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"139\d{8}", text.Out);
    }

    [Fact]
    public async Task Bad_input_is_a_usage_error()
    {
        var missing = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--json");
        await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var badDate = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-02-30", "--to", "2025-12-31", "--json");
        var reversed = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-12-31", "--to", "2025-01-01");
        var badGrid = await CliHarness.RunAsync("disputes", "report", "--db", Database, "--from", "2025-01-01", "--to", "2025-12-31", "--grid", "12ab");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("Cli.Usage", missing.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(2, badDate.ExitCode);
        Assert.Equal("--from", badDate.ErrorJson.GetProperty("field").GetString());
        Assert.Equal(2, reversed.ExitCode);
        Assert.Equal(2, badGrid.ExitCode);
    }
}
