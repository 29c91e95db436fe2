using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>A pause in a patrol (暂停): time in it does not count, nor movement between its start and end.</summary>
/// <param name="From">When the pause began.</param>
/// <param name="To">When the patrol resumed; null while paused.</param>
public sealed record PatrolPause(Instant From, Instant? To);
