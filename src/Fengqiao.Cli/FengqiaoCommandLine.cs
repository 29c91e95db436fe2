using System.CommandLine;
using Fengqiao.Cli.Infrastructure;

namespace Fengqiao.Cli;

/// <summary>Builds the `fengqiao` command tree and runs it.</summary>
internal static class FengqiaoCommandLine
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("fengqiao — tools for Fengqiao-style police station data (枫桥式公安派出所数据工具)");
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(FieldKeys.Option);

        // Each command group lives in Commands/ and adds itself here.
        root.Subcommands.Add(Commands.CalendarCommands.Create(console));
        root.Subcommands.Add(Commands.IdCommands.Create(console));
        root.Subcommands.Add(Commands.DemoCommands.Create(console));
        root.Subcommands.Add(Commands.GridsCommands.Create(console));
        root.Subcommands.Add(Commands.HouseholdsCommands.Create(console));
        root.Subcommands.Add(Commands.PatrolsCommands.Create(console));
        root.Subcommands.Add(Commands.IncidentsCommands.Create(console));
        root.Subcommands.Add(Commands.ServicesCommands.Create(console));
        root.Subcommands.Add(Commands.DisputesCommands.Create(console));
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var parseResult = Build(console).Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.GetValue(GlobalOptions.Json))
        {
            // Under --json, parse errors are JSON on stderr too.
            var message = string.Join("; ", parseResult.Errors.Select(e => e.Message));
            console.WriteErrorJson("Cli.Usage", message);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await parseResult.InvokeAsync(configuration).ConfigureAwait(false);

        // System.CommandLine answers parse errors with 1; the tool reserves 1 for findings.
        return parseResult.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
    }
}
