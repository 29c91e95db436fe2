using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Disputes.Events;

/// <summary>A mediation session was recorded (调解记录).</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="HeldOn">The day.</param>
/// <param name="Level">The ladder level.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Joint">Whether it was a joint mediation (大调解).</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record MediationSessionRecorded(DisputeId Dispute, LocalDate HeldOn, EscalationLevel Level, MediationOutcome Outcome, bool Joint, string RecordedBy, Instant OccurredAt)
    : DomainEvent(OccurredAt);
