using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>A linked action on an incident.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="At">When.</param>
/// <param name="Description">What happened; no personal data beyond what the case needs.</param>
/// <param name="By">The staff member who acted, if registered.</param>
public sealed record LinkedAction(LinkedActionKind Kind, Instant At, string Description, Grids.Staffing.StaffMemberId? By = null);
