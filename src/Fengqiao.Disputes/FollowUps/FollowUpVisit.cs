using NodaTime;

namespace Fengqiao.Disputes.FollowUps;

/// <summary>A follow-up visit after settlement (回访): when it is due and, once made, what it found.</summary>
/// <param name="Number">The visit's number, from 1.</param>
/// <param name="Due">The working day it is due.</param>
/// <param name="VisitedOn">The day it was made, once made.</param>
/// <param name="Outcome">What it found, once made.</param>
/// <param name="By">Who made it.</param>
public sealed record FollowUpVisit(int Number, LocalDate Due, LocalDate? VisitedOn = null, FollowUpOutcome? Outcome = null, string? By = null)
{
    /// <summary>Gets a value indicating whether the visit has been made.</summary>
    public bool IsDone => VisitedOn is not null;
}
