using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Events;

/// <summary>A division was established (区划设立).</summary>
/// <param name="Code">The division's code.</param>
/// <param name="ValidFrom">The first day it exists.</param>
/// <param name="Name">Its name.</param>
/// <param name="Predecessors">The codes it was formed from, if it came from a split or merge.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record JurisdictionEstablished(string Code, LocalDate ValidFrom, string Name, IReadOnlyList<string> Predecessors, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
