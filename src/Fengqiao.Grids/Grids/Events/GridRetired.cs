using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Events;

/// <summary>A grid was retired (撤销网格).</summary>
/// <param name="Code">The grid's code.</param>
/// <param name="ValidTo">The first day it no longer applies.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record GridRetired(string Code, LocalDate ValidTo, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
