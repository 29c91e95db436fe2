using Fengqiao.Cli.Infrastructure;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>What the demo steps share: where to write, the loaded seed data and the report.</summary>
internal sealed class DemoContext(CliConsole console, bool json, IServiceProvider services, LocalDate today)
{
    public IServiceProvider Services { get; } = services;

    /// <summary>Gets the civil date the demo reports as of, in Asia/Shanghai.</summary>
    public LocalDate Today { get; } = today;

    public CliConsole Console { get; } = console;

    public bool Json { get; } = json;

    public WorkingCalendarSet Calendars => Services.GetRequiredService<WorkingCalendarSet>();

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
