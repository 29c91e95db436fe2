using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Services.WorkOrders.Events;

/// <summary>A work order was placed or changed status.</summary>
/// <param name="WorkOrderId">The order's id.</param>
/// <param name="Grid">The grid's code.</param>
/// <param name="Status">The status reached.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record WorkOrderStatusChanged(Guid WorkOrderId, string Grid, WorkOrderStatus Status, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
