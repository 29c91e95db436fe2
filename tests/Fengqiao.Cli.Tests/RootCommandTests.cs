namespace Fengqiao.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public async Task Help_lists_the_tool()
    {
        var result = await CliHarness.RunAsync("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fengqiao", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_under_json_is_a_json_error_with_exit_code_2()
    {
        var result = await CliHarness.RunAsync("no-such-command", "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Usage", result.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(string.Empty, result.Out);
    }
}
