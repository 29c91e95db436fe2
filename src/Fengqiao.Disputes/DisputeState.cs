using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Grids;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>
/// The persisted state of a <see cref="Dispute"/> (版本化状态记录), for storage backends: a backend writes
/// it (for example as JSON with <see cref="Storage.DisputeStateSerializer"/>) and rebuilds the dispute with
/// <see cref="Dispute.FromState"/>, without reflection.
/// </summary>
/// <param name="SchemaVersion">The state's schema version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Id">The id.</param>
/// <param name="Location">Where it arose.</param>
/// <param name="ReportedOn">The day reported.</param>
/// <param name="Source">How it came to notice.</param>
/// <param name="Reported">Who reported it and when.</param>
/// <param name="Record">The original content.</param>
/// <param name="Status">The status.</param>
/// <param name="Level">The ladder level.</param>
/// <param name="SettledAt">The level settled at, while settled.</param>
/// <param name="SettledOn">The day settled, while settled.</param>
/// <param name="Deadline">The current deadline.</param>
/// <param name="ClockStartedOn">The day the deadline is counted from.</param>
/// <param name="Supervision">The supervision flag.</param>
/// <param name="Relapses">The number of relapses.</param>
/// <param name="Referral">The referral.</param>
/// <param name="MergedInto">The record merged into.</param>
/// <param name="Transitions">The steps taken.</param>
/// <param name="Escalations">The escalations.</param>
/// <param name="Sessions">The mediation sessions.</param>
/// <param name="Agreements">The agreements.</param>
/// <param name="FollowUps">The follow-up visits.</param>
/// <param name="Links">The links.</param>
/// <param name="Revisions">The corrections.</param>
public sealed record DisputeState(
    int SchemaVersion,
    DisputeId Id,
    DisputeLocation Location,
    LocalDate ReportedOn,
    DisputeSource Source,
    ChangeStamp Reported,
    DisputeRecord Record,
    DisputeStatus Status,
    EscalationLevel Level,
    EscalationLevel? SettledAt,
    LocalDate? SettledOn,
    LocalDate Deadline,
    LocalDate ClockStartedOn,
    Supervision? Supervision,
    int Relapses,
    Referral? Referral,
    DisputeId? MergedInto,
    IReadOnlyList<DisputeTransition> Transitions,
    IReadOnlyList<EscalationRecord> Escalations,
    IReadOnlyList<MediationSession> Sessions,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<FollowUpVisit> FollowUps,
    IReadOnlyList<DisputeLink> Links,
    IReadOnlyList<DisputeRevision> Revisions)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Describes the state without its content (which may hold personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"DisputeState {Id} {Status} schema {SchemaVersion}";
}
