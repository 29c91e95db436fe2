namespace Fengqiao.Cli.Demo;

/// <summary>What the demo did, as written under <c>--json</c>; each step adds its own section.</summary>
internal sealed class DemoReport
{
    public string Storage { get; set; } = "memory";

    public string? DatabasePath { get; set; }

    public Dictionary<string, object> Steps { get; } = new(StringComparer.Ordinal);
}
