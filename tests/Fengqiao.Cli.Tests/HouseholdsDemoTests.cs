namespace Fengqiao.Cli.Tests;

public sealed class HouseholdsDemoTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("fengqiao-households-demo-");

    private string Database => Path.Combine(_directory.FullName, "demo.db");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task The_demo_generates_households_and_reports_care_tags_per_township_and_a_second_run_reads_them_back()
    {
        var first = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");
        var second = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var generated = first.Json.GetProperty("steps").GetProperty("households");
        Assert.True(generated.GetProperty("generated").GetBoolean());
        Assert.Equal(400, generated.GetProperty("households").GetInt32());
        Assert.InRange(generated.GetProperty("residents").GetInt32(), 1_000, 1_500);
        var townships = generated.GetProperty("townships").EnumerateArray().ToList();
        Assert.Equal(6, townships.Count);
        Assert.All(townships, t => Assert.True(t.GetProperty("careTags").GetProperty("living-alone").GetInt32() > 0));
        var again = second.Json.GetProperty("steps").GetProperty("households");
        Assert.False(again.GetProperty("generated").GetBoolean());
        Assert.Equal(generated.GetProperty("townships").ToString(), again.GetProperty("townships").ToString());
    }

    [Fact]
    public async Task The_demo_prints_care_tag_counts_per_township_in_chinese()
    {
        var result = await CliHarness.RunAsync("demo", "--scale", "0.02", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== Households and residents 一户一表", result.Out, StringComparison.Ordinal);
        Assert.Contains("540127200 扎西岗乡: 独居", result.Out, StringComparison.Ordinal);
        Assert.Contains("流动人口逾期未续登", result.Out, StringComparison.Ordinal);
    }
}
