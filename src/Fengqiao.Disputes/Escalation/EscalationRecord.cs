using NodaTime;

namespace Fengqiao.Disputes.Escalation;

/// <summary>One step up the ladder (上交记录).</summary>
/// <param name="From">The level before.</param>
/// <param name="To">The level after.</param>
/// <param name="Reason">Why the dispute went up.</param>
/// <param name="By">Who escalated it.</param>
/// <param name="At">When.</param>
public sealed record EscalationRecord(EscalationLevel From, EscalationLevel To, string Reason, string By, Instant At);
