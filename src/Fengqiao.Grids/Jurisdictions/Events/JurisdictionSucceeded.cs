using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Events;

/// <summary>A division was split, merged or recoded into successors (区划调整).</summary>
/// <param name="Code">The division's code.</param>
/// <param name="Successors">The successors' codes.</param>
/// <param name="Change">The kind of change.</param>
/// <param name="EffectiveOn">The first day of the new arrangement.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record JurisdictionSucceeded(string Code, IReadOnlyList<string> Successors, LineageChange Change, LocalDate EffectiveOn, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
