using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Beats.Events;

/// <summary>A police beat was dissolved (撤销警格).</summary>
/// <param name="PoliceBeatId">The beat's id.</param>
/// <param name="ValidTo">The first day it no longer exists.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PoliceBeatDissolved(Guid PoliceBeatId, LocalDate ValidTo, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
