using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Beats.Events;

/// <summary>A police beat was established (划设警格).</summary>
/// <param name="PoliceBeatId">The beat's id.</param>
/// <param name="Code">The beat's code.</param>
/// <param name="Jurisdiction">The jurisdiction it belongs to.</param>
/// <param name="ValidFrom">The first day it exists.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PoliceBeatEstablished(Guid PoliceBeatId, string Code, string Jurisdiction, LocalDate ValidFrom, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
