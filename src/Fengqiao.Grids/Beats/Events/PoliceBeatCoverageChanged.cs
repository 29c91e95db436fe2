using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Beats.Events;

/// <summary>A grid or village was added to or taken out of a police beat.</summary>
/// <param name="PoliceBeatId">The beat's id.</param>
/// <param name="Area">The grid's or village's code.</param>
/// <param name="EffectiveOn">The first day of the change.</param>
/// <param name="Covered">Whether the area was added (or taken out).</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PoliceBeatCoverageChanged(Guid PoliceBeatId, string Area, LocalDate EffectiveOn, bool Covered, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
