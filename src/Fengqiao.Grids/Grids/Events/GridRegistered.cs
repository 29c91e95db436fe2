using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Events;

/// <summary>A grid was registered (划定网格).</summary>
/// <param name="Code">The grid's code.</param>
/// <param name="ValidFrom">The first day it applies.</param>
/// <param name="Name">Its name.</param>
/// <param name="Predecessors">The codes it was formed from, if it came from a split or merge.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record GridRegistered(string Code, LocalDate ValidFrom, string Name, IReadOnlyList<string> Predecessors, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
