using Fengqiao.Cli.Infrastructure;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>What the demo steps share: where to write, the loaded seed data and the report.</summary>
internal sealed class DemoContext(CliConsole console, bool json, IServiceProvider services, LocalDate today, double scale = 1.0)
{
    public IServiceProvider Services { get; } = services;

    /// <summary>Gets the civil date the demo reports as of, in Asia/Shanghai.</summary>
    public LocalDate Today { get; } = today;

    /// <summary>Gets the size of the generated county relative to the full demo (1 = about 20,000 households).</summary>
    public double Scale { get; } = scale;

    /// <summary>Scales a full-demo count, keeping at least one.</summary>
    public int Scaled(int fullCount) => Math.Max(1, (int)Math.Round(fullCount * Scale));

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
