using System.CommandLine;
using Fengqiao.Cli.Demo;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Time;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao demo</c>: loads the seeds and runs a demo county end to end.</summary>
internal static class DemoCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Load the seed data and run a demo county end to end / 加载种子数据并演示一个县的完整流程");
        CommandRunner.SetAction(command, console, async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(GlobalOptions.Json);
            var context = new DemoContext(console, json, WorkingCalendarSet.Embedded);
            context.Say("Fengqiao.Core demo county 枫桥式公安派出所演示");
            IDemoStep[] steps = [new CalendarDemoStep(), new IdentityDemoStep()];
            foreach (var step in steps)
            {
                await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            if (json)
            {
                console.WriteJson(context.Report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
