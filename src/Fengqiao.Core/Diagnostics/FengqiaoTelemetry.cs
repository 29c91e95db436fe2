using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Fengqiao.Diagnostics;

/// <summary>
/// The library's telemetry sources, both named <c>"Fengqiao"</c>: subscribe to them with
/// OpenTelemetry (<c>AddSource("Fengqiao")</c>, <c>AddMeter("Fengqiao")</c>).
/// </summary>
public static class FengqiaoTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Fengqiao";

    /// <summary>Gets the activity source for traces of commits, imports and reports.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, typeof(FengqiaoTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Gets the meter for counters and histograms.</summary>
    public static Meter Meter { get; } = new(Name, typeof(FengqiaoTelemetry).Assembly.GetName().Version?.ToString());
}
