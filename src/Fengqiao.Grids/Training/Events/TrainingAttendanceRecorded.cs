using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Grids.Training.Events;

/// <summary>Attendance at a training session was recorded (培训签到).</summary>
/// <param name="TrainingSessionId">The session's id.</param>
/// <param name="TraineeTimes">The session's trainee-times after the change.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record TrainingAttendanceRecorded(Guid TrainingSessionId, int TraineeTimes, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
