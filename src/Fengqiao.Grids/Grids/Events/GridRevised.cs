using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Events;

/// <summary>A grid was revised from a date on: renamed, re-signed or its boundary redrawn (网格调整).</summary>
/// <param name="Code">The grid's code.</param>
/// <param name="ValidFrom">The first day of the new version.</param>
/// <param name="Name">Its name in the new version.</param>
/// <param name="BoundaryChanged">Whether the boundary changed.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record GridRevised(string Code, LocalDate ValidFrom, string Name, bool BoundaryChanged, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
