using Fengqiao.Grids;
using NodaTime;

namespace Fengqiao.Households.Visits;

/// <summary>A follow-up action from a visit (跟进事项), due a number of working days after the visit, and its closure.</summary>
/// <param name="Id">The action's id within the visit.</param>
/// <param name="Action">What is to be done.</param>
/// <param name="Need">The need it answers, if any.</param>
/// <param name="Assignee">Who is to do it (an account id), if assigned.</param>
/// <param name="DueOn">The due date, counted in working days from the official calendar.</param>
/// <param name="Planned">Who planned it and when.</param>
/// <param name="ClosedOn">The day it was closed (办结), once closed.</param>
/// <param name="Outcome">The outcome, once closed.</param>
/// <param name="Closed">Who closed it and when.</param>
public sealed record FollowUpAction(
    Guid Id,
    string Action,
    Guid? Need,
    string? Assignee,
    LocalDate DueOn,
    ChangeStamp Planned,
    LocalDate? ClosedOn = null,
    string? Outcome = null,
    ChangeStamp? Closed = null)
{
    /// <summary>Gets a value indicating whether the action is still open past its due date on a day.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate asOf) => (ClosedOn is null || ClosedOn > asOf) && asOf > DueOn;
}
