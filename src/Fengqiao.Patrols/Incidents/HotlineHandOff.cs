using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>A hand-off with the 12345 government hotline (110 与 12345 对接), in either direction, with its reference kept.</summary>
/// <param name="Direction">Which way it went.</param>
/// <param name="Reference">The 12345 work-order number.</param>
/// <param name="At">When it was handed off.</param>
public sealed record HotlineHandOff(HandOffDirection Direction, string Reference, Instant At);
