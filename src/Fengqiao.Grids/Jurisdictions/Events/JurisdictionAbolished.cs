using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Events;

/// <summary>A division was abolished (区划撤销).</summary>
/// <param name="Code">The division's code.</param>
/// <param name="ValidTo">The first day it no longer exists.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record JurisdictionAbolished(string Code, LocalDate ValidTo, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
