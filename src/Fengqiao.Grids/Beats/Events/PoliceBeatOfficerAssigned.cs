using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Beats.Events;

/// <summary>A community officer was made responsible for a police beat (包村民警).</summary>
/// <param name="PoliceBeatId">The beat's id.</param>
/// <param name="OfficerId">The officer's staff member id.</param>
/// <param name="ValidFrom">The first day.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PoliceBeatOfficerAssigned(Guid PoliceBeatId, Guid OfficerId, LocalDate ValidFrom, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
