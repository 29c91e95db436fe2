using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Beats.Events;

/// <summary>A police beat was renamed.</summary>
/// <param name="PoliceBeatId">The beat's id.</param>
/// <param name="Name">The new name.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PoliceBeatRenamed(Guid PoliceBeatId, string Name, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
