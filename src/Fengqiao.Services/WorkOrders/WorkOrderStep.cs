using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>One step of a work order's history.</summary>
/// <param name="Status">The status reached.</param>
/// <param name="At">When.</param>
/// <param name="By">Who recorded it (an account id).</param>
/// <param name="Note">A note, if any; never personal data.</param>
public sealed record WorkOrderStep(WorkOrderStatus Status, Instant At, string By, string? Note);
