using Fengqiao.Cli.Infrastructure;
using Fengqiao.Time;

namespace Fengqiao.Cli.Demo;

/// <summary>What the demo steps share: where to write, the loaded seed data and the report.</summary>
internal sealed class DemoContext(CliConsole console, bool json, WorkingCalendarSet calendars)
{
    public CliConsole Console { get; } = console;

    public bool Json { get; } = json;

    public WorkingCalendarSet Calendars { get; } = calendars;

    public DemoReport Report { get; } = new();

    /// <summary>Writes a human line; under --json stdout carries only the final JSON document.</summary>
    public void Say(string line = "")
    {
        if (!Json)
        {
            Console.Out.WriteLine(line);
        }
    }

    public void Heading(string title)
    {
        Say();
        Say($"== {title}");
    }
}
