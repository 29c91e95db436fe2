using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Services.Requests.Events;

/// <summary>A service request was submitted or changed status.</summary>
/// <param name="ServiceRequestId">The request's id.</param>
/// <param name="ServiceCode">The service.</param>
/// <param name="Station">The station's jurisdiction code.</param>
/// <param name="Status">The status reached.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ServiceRequestStatusChanged(Guid ServiceRequestId, string ServiceCode, string Station, ServiceRequestStatus Status, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
