using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Events;

/// <summary>A division was renamed or reclassified from a date on (区划更名).</summary>
/// <param name="Code">The division's code.</param>
/// <param name="ValidFrom">The first day of the new name.</param>
/// <param name="Name">The new name.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record JurisdictionRenamed(string Code, LocalDate ValidFrom, string Name, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
