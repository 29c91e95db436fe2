using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Training.Events;

/// <summary>A training session was recorded (培训登记).</summary>
/// <param name="TrainingSessionId">The session's id.</param>
/// <param name="Jurisdiction">The organizing jurisdiction.</param>
/// <param name="Date">The day it was held.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record TrainingSessionRecorded(Guid TrainingSessionId, string Jurisdiction, LocalDate Date, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
