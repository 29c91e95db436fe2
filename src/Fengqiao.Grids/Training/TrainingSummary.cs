using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Training;

/// <summary>Training figures for a division over a period, such as "4 rounds, 320+ trainee-times" (培训情况).</summary>
/// <param name="Within">The division.</param>
/// <param name="From">The first day counted.</param>
/// <param name="To">The first day not counted (exclusive).</param>
/// <param name="Sessions">The number of sessions held.</param>
/// <param name="TraineeTimes">The trainee-times (培训人次): attendances summed over sessions, unregistered trainees included.</param>
/// <param name="DistinctRegisteredTrainees">The number of different registered staff members trained.</param>
public sealed record TrainingSummary(JurisdictionCode Within, LocalDate From, LocalDate To, int Sessions, int TraineeTimes, int DistinctRegisteredTrainees);
