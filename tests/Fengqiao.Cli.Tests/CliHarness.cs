using System.Text.Json;

namespace Fengqiao.Cli.Tests;

/// <summary>Runs the tool in-process through its real command parser and captures what it writes.</summary>
internal static class CliHarness
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await FengqiaoCommandLine.InvokeAsync(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    public JsonElement ErrorJson => JsonDocument.Parse(Error).RootElement;
}
