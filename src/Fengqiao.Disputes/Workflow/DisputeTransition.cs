using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Disputes.Workflow;

/// <summary>
/// One step a dispute took (流转记录): from which status, by which trigger, to which status, who, when
/// and why. The same record is the domain event raised for the step, so a transition allocates once.
/// </summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="From">The status before.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="To">The status after.</param>
/// <param name="By">Who recorded it (an account id).</param>
/// <param name="Reason">Why, in the recorder's words; never personal data of parties.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record DisputeTransition(
    DisputeId Dispute,
    DisputeStatus From,
    DisputeTrigger Trigger,
    DisputeStatus To,
    string By,
    string? Reason,
    Instant OccurredAt)
    : DomainEvent(OccurredAt);
