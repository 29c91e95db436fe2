using NodaTime;

namespace Fengqiao.Disputes.TimeLimits;

/// <summary>A dispute's time limit on a day.</summary>
/// <param name="Deadline">The last working day within the limit.</param>
/// <param name="WorkingDaysRemaining">Working days from the day to the deadline (negative when overdue).</param>
/// <param name="Status">On time, yellow or red.</param>
public sealed record TimeLimitState(LocalDate Deadline, int WorkingDaysRemaining, TimeLimitStatus Status);
