using Ardalis.GuardClauses;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Events;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>
/// A dispute (矛盾纠纷) from first report to follow-up visit: what it is about, who the parties are,
/// where it arose, and every step it took through the workflow of <see cref="DisputeWorkflow"/> — who,
/// when and why. Each step is validated first and applied whole: an illegal one throws a typed error
/// and changes nothing. Once closed, the record is immutable; a correction is a new
/// <see cref="DisputeRevision"/> with a reason.
/// </summary>
public sealed partial class Dispute : AggregateRoot
{
    private readonly List<DisputeTransition> _transitions;
    private readonly List<EscalationRecord> _escalations;
    private readonly List<MediationSession> _sessions;
    private readonly List<Agreement> _agreements;
    private readonly List<FollowUpVisit> _followUps;
    private readonly List<DisputeLink> _links;
    private readonly List<DisputeRevision> _revisions;
    private DisputeRecord _record;

    private Dispute(DisputeState state, long version)
        : base(version)
    {
        Id = state.Id;
        Location = state.Location;
        ReportedOn = state.ReportedOn;
        Source = state.Source;
        Reported = state.Reported;
        _record = state.Record;
        Status = state.Status;
        Level = state.Level;
        SettledAt = state.SettledAt;
        SettledOn = state.SettledOn;
        Deadline = state.Deadline;
        ClockStartedOn = state.ClockStartedOn;
        Supervision = state.Supervision;
        Relapses = state.Relapses;
        Referral = state.Referral;
        MergedInto = state.MergedInto;
        _transitions = new List<DisputeTransition>(state.Transitions.Count + 12);
        _transitions.AddRange(state.Transitions);
        _escalations = [.. state.Escalations];
        _sessions = [.. state.Sessions];
        _agreements = [.. state.Agreements];
        _followUps = [.. state.FollowUps];
        _links = [.. state.Links];
        _revisions = [.. state.Revisions];
    }

    /// <summary>Gets the dispute's id.</summary>
    public DisputeId Id { get; }

    /// <summary>Gets where the dispute arose.</summary>
    public DisputeLocation Location { get; }

    /// <summary>Gets the day it was reported.</summary>
    public LocalDate ReportedOn { get; }

    /// <summary>Gets how it came to notice.</summary>
    public DisputeSource Source { get; }

    /// <summary>Gets who reported it and when.</summary>
    public ChangeStamp Reported { get; }

    /// <summary>Gets the original content as recorded (and amended while open).</summary>
    public DisputeRecord Original => _record;

    /// <summary>Gets the content in force: the latest correction, else the original.</summary>
    public DisputeRecord Current => _revisions.Count > 0 ? _revisions[^1].Record : _record;

    /// <summary>Gets the current status.</summary>
    public DisputeStatus Status { get; private set; }

    /// <summary>Gets the ladder level the dispute is handled at.</summary>
    public EscalationLevel Level { get; private set; }

    /// <summary>Gets the level it was settled at (the measure of "小事不出村、大事不出乡镇"), while settled.</summary>
    public EscalationLevel? SettledAt { get; private set; }

    /// <summary>Gets the day it was settled, while settled.</summary>
    public LocalDate? SettledOn { get; private set; }

    /// <summary>Gets the deadline of the current handling (办理期限), in working days from report, escalation or reopening.</summary>
    public LocalDate Deadline { get; private set; }

    /// <summary>Gets the day the current deadline is counted from: the report, the last escalation or the last reopening.</summary>
    public LocalDate ClockStartedOn { get; private set; }

    /// <summary>Gets the supervision flag (督办), if a superior flagged the dispute.</summary>
    public Supervision? Supervision { get; private set; }

    /// <summary>Gets how many times a follow-up found the dispute relapsed.</summary>
    public int Relapses { get; private set; }

    /// <summary>Gets where the dispute was referred, once referred.</summary>
    public Referral? Referral { get; private set; }

    /// <summary>Gets the record this one was merged into, once merged.</summary>
    public DisputeId? MergedInto { get; private set; }

    /// <summary>Gets a value indicating whether the dispute counts as a repeat: linked to an earlier one, or relapsed.</summary>
    public bool IsRepeat => Relapses > 0 || _links.Exists(l => l.Kind != DisputeLinkKind.MergedDuplicate);

    /// <summary>Gets a value indicating whether the dispute is still open (未办结).</summary>
    public bool IsOpen => DisputeWorkflow.IsOpen(Status);

    /// <summary>Gets every step taken, oldest first.</summary>
    public IReadOnlyList<DisputeTransition> Transitions => _transitions;

    /// <summary>Gets the escalations, oldest first.</summary>
    public IReadOnlyList<EscalationRecord> Escalations => _escalations;

    /// <summary>Gets the mediation sessions, oldest first.</summary>
    public IReadOnlyList<MediationSession> Sessions => _sessions;

    /// <summary>Gets the agreements, oldest first.</summary>
    public IReadOnlyList<Agreement> Agreements => _agreements;

    /// <summary>Gets the follow-up visits, scheduled and made.</summary>
    public IReadOnlyList<FollowUpVisit> FollowUps => _followUps;

    /// <summary>Gets the links to earlier or duplicate disputes.</summary>
    public IReadOnlyList<DisputeLink> Links => _links;

    /// <summary>Gets the corrections made after closing, oldest first.</summary>
    public IReadOnlyList<DisputeRevision> Revisions => _revisions;

    /// <summary>Reports a dispute (登记): it starts at the ladder's lowest level with a deadline from the category and risk.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="location">Where it arose.</param>
    /// <param name="reportedOn">The day it was reported.</param>
    /// <param name="source">How it came to notice.</param>
    /// <param name="record">What it is about.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The new dispute, not yet saved.</returns>
    public static Dispute Report(DisputeId id, DisputeLocation location, LocalDate reportedOn, DisputeSource source, DisputeRecord record, DisputePolicy policy, ChangeStamp stamp)
    {
        Guard.Against.Null(policy);
        var checkedLocation = CheckLocation(location);
        var checkedRecord = CheckRecord(record, policy);
        Guard.Against.EnumOutOfRange(source);
        var deadline = policy.DeadlineFor(checkedRecord.Category, checkedRecord.Risk, checkedLocation.Area, reportedOn);
        var state = new DisputeState(
            DisputeState.CurrentSchemaVersion, id, checkedLocation, reportedOn, source, stamp, checkedRecord, DisputeStatus.Reported, policy.Ladder.Lowest,
            null, null, deadline, reportedOn, null, 0, null, null, [], [], [], [], [], [], []);
        var dispute = new Dispute(state, 0);
        dispute.Raise(new DisputeReported(id, checkedLocation.Area.ToString(), checkedRecord.Category, checkedRecord.Risk, source, stamp.By, stamp.At));
        return dispute;
    }

    /// <summary>Accepts the report (受理).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why, optionally.</param>
    public void Accept(ChangeStamp stamp, string? reason = null) => Move(DisputeTrigger.Accept, stamp, reason);

    /// <summary>Records a first response on the spot (先期处置) by a liaison, grid worker or officer.</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">What was done, optionally.</param>
    public void RespondFirst(ChangeStamp stamp, string? reason = null) => Move(DisputeTrigger.RespondFirst, stamp, reason);

    /// <summary>Starts (or resumes) mediation at the current level (组织调解).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why, optionally.</param>
    public void StartMediation(ChangeStamp stamp, string? reason = null) => Move(DisputeTrigger.StartMediation, stamp, reason);

    /// <summary>Records that mediation failed at this level (调解不成).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why it failed.</param>
    public void Fail(ChangeStamp stamp, string reason)
    {
        Require(DisputeTrigger.Fail);
        RequireText(reason, nameof(reason));
        Move(DisputeTrigger.Fail, stamp, reason);
    }

    /// <summary>Withdraws the dispute (撤回).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why.</param>
    public void Withdraw(ChangeStamp stamp, string reason)
    {
        Require(DisputeTrigger.Withdraw);
        RequireText(reason, nameof(reason));
        Move(DisputeTrigger.Withdraw, stamp, reason);
    }

    /// <summary>Refers the dispute elsewhere (移交): a court, the judicial office, another department or 12345.</summary>
    /// <param name="referral">Where to.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why.</param>
    public void Refer(Referral referral, ChangeStamp stamp, string reason)
    {
        Guard.Against.Null(referral);
        Require(DisputeTrigger.Refer);
        Guard.Against.EnumOutOfRange(referral.Target);
        RequireText(reason, nameof(reason));
        Move(DisputeTrigger.Refer, stamp, reason);
        Referral = referral;
    }

    /// <summary>Merges this record into another record of the same dispute (合并重复).</summary>
    /// <param name="target">The record that carries on.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why.</param>
    public void MergeInto(DisputeId target, ChangeStamp stamp, string reason)
    {
        Require(DisputeTrigger.Merge);
        if (target == Id)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.LinkInvalid, nameof(target));
        }

        RequireText(reason, nameof(reason));
        Move(DisputeTrigger.Merge, stamp, reason);
        MergedInto = target;
        _links.Add(new DisputeLink(target, DisputeLinkKind.MergedDuplicate));
    }

    /// <summary>Escalates the dispute up the ladder (上交); the deadline restarts at the new level.</summary>
    /// <param name="to">The level above, on the ladder.</param>
    /// <param name="reason">Why local mediation could not settle it.</param>
    /// <param name="on">The day it was escalated.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who and when.</param>
    public void Escalate(EscalationLevel to, string reason, LocalDate on, DisputePolicy policy, ChangeStamp stamp)
    {
        Guard.Against.Null(policy);
        Require(DisputeTrigger.Escalate);
        RequireText(reason, nameof(reason));
        if (to <= Level || policy.Ladder.Find(to) is null)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.EscalationInvalid, nameof(to), Level, to);
        }

        RequireOnOrAfterReport(on, nameof(on));
        var current = Current;
        var deadline = policy.DeadlineFor(current.Category, current.Risk, Location.Area, on);
        var from = Level;
        Move(DisputeTrigger.Escalate, stamp, reason);
        _escalations.Add(new EscalationRecord(from, to, reason, stamp.By, stamp.At));
        Level = to;
        Deadline = deadline;
        ClockStartedOn = on;
    }

    /// <summary>Records a mediation session (调解记录) at the current level; each mediator must be allowed there.</summary>
    /// <param name="session">The session.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void RecordMediationSession(MediationSession session, DisputePolicy policy, ChangeStamp stamp)
    {
        Guard.Against.Null(session);
        Guard.Against.Null(policy);
        EnsureNotClosed();
        if (Status != DisputeStatus.InMediation)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.NotInMediation, nameof(Status), Status);
        }

        RequireText(session.Venue, nameof(session.Venue));
        RequireOnOrAfterReport(session.HeldOn, nameof(session.HeldOn));
        Guard.Against.EnumOutOfRange(session.Outcome);
        if (session.Mediators is null || session.Mediators.Count == 0)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.TextRequired, nameof(session.Mediators), nameof(session.Mediators));
        }

        foreach (var mediator in session.Mediators)
        {
            if (!policy.Ladder.MayMediate(Level, mediator.Kind))
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.MediatorNotAllowed, nameof(session.Mediators), mediator.Kind, Level);
            }
        }

        RequireParties(session.PartiesPresent, nameof(session.PartiesPresent));
        if (session.Joint is { } joint)
        {
            RequireText(joint.LeadUnit, nameof(joint.LeadUnit));
        }

        var recorded = session with
        {
            Level = Level,
            Mediators = [.. session.Mediators],
            PartiesPresent = [.. session.PartiesPresent],
            Joint = session.Joint is { } j ? j with { ParticipatingUnits = [.. j.ParticipatingUnits ?? []] } : null,
        };
        _sessions.Add(recorded);
        Raise(new MediationSessionRecorded(Id, recorded.HeldOn, Level, recorded.Outcome, recorded.Joint is not null, stamp.By, stamp.At));
    }

    /// <summary>Records a settlement (化解) with its agreement, if any; follow-up visits are scheduled at the policy's working-day offsets.</summary>
    /// <param name="agreement">The agreement (调解协议), when one was signed.</param>
    /// <param name="settledOn">The day it was settled.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">How it was settled, optionally.</param>
    public void Settle(Agreement? agreement, LocalDate settledOn, DisputePolicy policy, ChangeStamp stamp, string? reason = null)
    {
        Guard.Against.Null(policy);
        Require(DisputeTrigger.Settle);
        RequireOnOrAfterReport(settledOn, nameof(settledOn));
        Agreement? checkedAgreement = null;
        if (agreement is not null)
        {
            if (agreement.Terms is null || agreement.Terms.Count == 0 || agreement.Terms.Any(string.IsNullOrWhiteSpace))
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.TextRequired, nameof(agreement.Terms), nameof(agreement.Terms));
            }

            RequireParties(agreement.Signatories, nameof(agreement.Signatories));
            RequireOnOrAfterReport(agreement.SignedOn, nameof(agreement.SignedOn));
            checkedAgreement = agreement with { Terms = [.. agreement.Terms], Signatories = [.. agreement.Signatories] };
        }

        // Computed before anything changes: a calendar without data for the dates throws here.
        var calendar = policy.CalendarFor(Location.Area);
        var visits = new FollowUpVisit[policy.FollowUpOffsets.Length];
        var number = _followUps.Count;
        for (var i = 0; i < visits.Length; i++)
        {
            visits[i] = new FollowUpVisit(++number, calendar.AddWorkingDays(settledOn, policy.FollowUpOffsets[i]));
        }

        Move(DisputeTrigger.Settle, stamp, reason);
        SettledAt = Level;
        SettledOn = settledOn;
        if (checkedAgreement is not null)
        {
            _agreements.Add(checkedAgreement);
        }

        _followUps.AddRange(visits);
    }

    /// <summary>
    /// Records the next due follow-up visit (回访). A holding settlement moves the dispute to follow-up;
    /// a relapse reopens it (accepted again at its level, with a new deadline), cancels the visits still
    /// pending and counts it as a repeat.
    /// </summary>
    /// <param name="visitedOn">The day of the visit.</param>
    /// <param name="outcome">What the visit found.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Notes, optionally.</param>
    public void RecordFollowUp(LocalDate visitedOn, FollowUpOutcome outcome, DisputePolicy policy, ChangeStamp stamp, string? reason = null)
    {
        Guard.Against.Null(policy);
        Guard.Against.EnumOutOfRange(outcome);
        var trigger = outcome == FollowUpOutcome.Holding ? DisputeTrigger.FollowUp : DisputeTrigger.Relapse;
        Require(trigger);
        var index = _followUps.FindIndex(v => !v.IsDone);
        if (index < 0)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.FollowUpPending, nameof(FollowUps), "no visit is scheduled");
        }

        RequireOnOrAfterReport(visitedOn, nameof(visitedOn));
        LocalDate? deadline = outcome == FollowUpOutcome.Relapsed
            ? policy.DeadlineFor(Current.Category, Current.Risk, Location.Area, visitedOn)
            : null;
        Move(trigger, stamp, reason);
        _followUps[index] = _followUps[index] with { VisitedOn = visitedOn, Outcome = outcome, By = stamp.By };
        if (deadline is { } reopened)
        {
            Relapses++;
            _followUps.RemoveAll(v => !v.IsDone);
            SettledAt = null;
            SettledOn = null;
            Deadline = reopened;
            ClockStartedOn = visitedOn;
        }
    }

    /// <summary>Closes the record (结案) once every scheduled follow-up visit found the settlement holding.</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Notes, optionally.</param>
    public void Close(ChangeStamp stamp, string? reason = null)
    {
        Require(DisputeTrigger.Close);
        if (_followUps.Exists(v => !v.IsDone))
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.FollowUpPending, nameof(FollowUps), "scheduled visits are not done");
        }

        Move(DisputeTrigger.Close, stamp, reason);
    }

    /// <summary>Amends the content of a dispute that is not yet closed; a risk change restarts the deadline of an open dispute from its report.</summary>
    /// <param name="record">The amended content.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="reason">Why.</param>
    public void Amend(DisputeRecord record, DisputePolicy policy, ChangeStamp stamp, string reason)
    {
        EnsureNotClosed();
        var checkedRecord = CheckRecord(record, policy);
        RequireText(reason, nameof(reason));
        LocalDate? deadline = IsOpen && (checkedRecord.Risk != _record.Risk || checkedRecord.Category != _record.Category)
            ? policy.DeadlineFor(checkedRecord.Category, checkedRecord.Risk, Location.Area, ClockStartedOn)
            : null;
        _record = checkedRecord;
        if (deadline is { } d)
        {
            Deadline = d;
        }

        Raise(new DisputeChanged(Id, "amended", reason, stamp.By, stamp.At));
    }

    /// <summary>Attaches a reference to evidence.</summary>
    /// <param name="evidence">The reference.</param>
    /// <param name="stamp">Who and when.</param>
    public void AddEvidence(EvidenceReference evidence, ChangeStamp stamp)
    {
        Guard.Against.Null(evidence);
        EnsureNotClosed();
        RequireText(evidence.Kind, nameof(evidence.Kind));
        RequireText(evidence.Reference, nameof(evidence.Reference));
        _record = _record with { Evidence = [.. _record.Evidence, evidence] };
        Raise(new DisputeChanged(Id, "evidence", null, stamp.By, stamp.At));
    }

    /// <summary>Corrects a closed dispute (更正): a new version of its content with a reason; the original and the workflow history stay unchanged.</summary>
    /// <param name="record">The corrected content.</param>
    /// <param name="reason">Why.</param>
    /// <param name="policy">The workflow rules.</param>
    /// <param name="stamp">Who and when.</param>
    public void Correct(DisputeRecord record, string reason, DisputePolicy policy, ChangeStamp stamp)
    {
        if (Status != DisputeStatus.Closed)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.NotClosed, nameof(Status), Status);
        }

        var checkedRecord = CheckRecord(record, policy);
        RequireText(reason, nameof(reason));
        _revisions.Add(new DisputeRevision(_revisions.Count + 1, checkedRecord, reason, stamp));
        Raise(new DisputeChanged(Id, "corrected", reason, stamp.By, stamp.At));
    }

    /// <summary>Links the dispute to an earlier one with the same parties, or the same address and category (重复纠纷); it then counts as a repeat.</summary>
    /// <param name="other">The earlier dispute.</param>
    /// <param name="kind">Why they are linked.</param>
    /// <param name="stamp">Who and when.</param>
    /// <returns>Whether a new link was added (an existing one is kept).</returns>
    public bool LinkTo(DisputeId other, DisputeLinkKind kind, ChangeStamp stamp)
    {
        EnsureNotClosed();
        Guard.Against.EnumOutOfRange(kind);
        if (other == Id)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.LinkInvalid, nameof(other));
        }

        if (_links.Exists(l => l.Other == other && l.Kind == kind))
        {
            return false;
        }

        _links.Add(new DisputeLink(other, kind));
        Raise(new DisputeChanged(Id, "linked", kind.ToString(), stamp.By, stamp.At));
        return true;
    }

    /// <summary>Flags the dispute for supervision (督办).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="stamp">Who and when.</param>
    public void Supervise(string reason, ChangeStamp stamp)
    {
        EnsureNotClosed();
        RequireText(reason, nameof(reason));
        Supervision = new Supervision(reason, stamp);
        Raise(new DisputeChanged(Id, "supervised", reason, stamp.By, stamp.At));
    }

    /// <summary>Gets the working days from report to settlement, while settled.</summary>
    /// <param name="policy">The workflow rules (for the calendar).</param>
    /// <returns>The working days, or null.</returns>
    public int? WorkingDaysToSettle(DisputePolicy policy) =>
        SettledOn is { } settled ? Guard.Against.Null(policy).CalendarFor(Location.Area).WorkingDaysBetween(ReportedOn, settled) : null;

    /// <summary>Describes the dispute without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Dispute {Id} {Current.Category} {Status} at {Level}";

    private void Require(DisputeTrigger trigger)
    {
        if (!DisputeWorkflow.CanFire(Status, trigger))
        {
            throw new IllegalTransitionException(Status, trigger);
        }
    }

    // The one place a step is applied: look up, record, raise. Callers validate everything else first.
    private void Move(DisputeTrigger trigger, ChangeStamp stamp, string? reason)
    {
        if (!DisputeWorkflow.TryNext(Status, trigger, out var next))
        {
            throw new IllegalTransitionException(Status, trigger);
        }

        if (stamp.By is null)
        {
            throw new ArgumentException("A change stamp needs who recorded it.", nameof(stamp));
        }

        var transition = new DisputeTransition(Id, Status, trigger, next, stamp.By, reason, stamp.At);
        _transitions.Add(transition);
        Status = next;
        Raise(transition);
    }

    private void EnsureNotClosed()
    {
        if (Status == DisputeStatus.Closed)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.Closed, nameof(Status), Id);
        }
    }

    private void RequireParties(IReadOnlyList<int>? numbers, string field)
    {
        if (numbers is null)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.PartyUnknown, field, 0);
        }

        var count = Current.Parties.Count;
        foreach (var number in numbers)
        {
            if (number < 1 || number > count)
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.PartyUnknown, field, number);
            }
        }
    }

    private void RequireOnOrAfterReport(LocalDate date, string field)
    {
        if (date < ReportedOn)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.DateInvalid, field, field, date, ReportedOn);
        }
    }

    private static void RequireText(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.TextRequired, field, field);
        }
    }

    private static DisputeLocation CheckLocation(DisputeLocation location)
    {
        Guard.Against.Null(location);
        if (location.Area.Level is not (JurisdictionLevel.Village or JurisdictionLevel.Grid))
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.AreaInvalid, nameof(location.Area), location.Area);
        }

        RequireText(location.Address, nameof(location.Address));
        return location with { Address = location.Address.Trim() };
    }

    private static DisputeRecord CheckRecord(DisputeRecord record, DisputePolicy policy)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(policy);
        policy.RequireCategory(record.Category);
        Guard.Against.EnumOutOfRange(record.Risk);
        RequireText(record.Description, nameof(record.Description));
        if (record.Parties is null || record.Parties.Count == 0)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.PartyInvalid, nameof(record.Parties), "at least one party is needed");
        }

        for (var i = 0; i < record.Parties.Count; i++)
        {
            var party = record.Parties[i] ?? throw DisputeMessages.Invalid(DisputeErrorCodes.PartyInvalid, nameof(record.Parties), "a party is missing");
            if (party.Number != i + 1)
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.PartyInvalid, nameof(record.Parties), "parties are numbered 1, 2, 3… in order");
            }

            if (!Enum.IsDefined(party.Role) || (party.Resident is null && string.IsNullOrWhiteSpace(party.Name)))
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.PartyInvalid, nameof(record.Parties), "each party is a resident or a named outside person");
            }
        }

        return record with
        {
            Description = record.Description.Trim(),
            Parties = [.. record.Parties],
            Evidence = [.. record.Evidence ?? []],
        };
    }
}
