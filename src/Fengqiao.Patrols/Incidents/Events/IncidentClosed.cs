using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Patrols.Incidents.Events;

/// <summary>An incident was closed (结警).</summary>
/// <param name="IncidentId">The incident's id.</param>
/// <param name="ResponseSeconds">Its response time in seconds, if police arrived.</param>
/// <param name="RecordedBy">Who closed it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record IncidentClosed(Guid IncidentId, double? ResponseSeconds, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
