using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Patrols.Incidents.Events;

/// <summary>An incident was received (接警).</summary>
/// <param name="IncidentId">The incident's id.</param>
/// <param name="Jurisdiction">Where it happened.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Priority">Its priority.</param>
/// <param name="OccurredAt">When it was received.</param>
public sealed record IncidentReceived(Guid IncidentId, string Jurisdiction, IncidentChannel Channel, IncidentCategory Category, IncidentPriority Priority, Instant OccurredAt)
    : DomainEvent(OccurredAt);
