using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents.Events;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// An incident (警情) from intake to closure: channel, category and priority; triage (non-police
/// matters handed to 12345 with the reference kept, police matters from 12345 accepted); dispatch;
/// the timestamps received → dispatched → arrived → resolved → closed, each checked for order;
/// linked actions with the community; repeat-call links; outcome severity; referrals to other records.
/// </summary>
public sealed class Incident : AggregateRoot
{
    private const string KindName = nameof(Incident);
    private readonly List<HotlineHandOff> _handOffs;
    private readonly List<LinkedAction> _linkedActions;
    private readonly List<ReferralReference> _referrals;

    private Incident(IncidentState state, long version)
        : base(version)
    {
        Id = state.Id;
        Jurisdiction = state.Jurisdiction;
        Date = state.Date;
        Channel = state.Channel;
        Category = state.Category;
        Priority = state.Priority;
        Status = state.Status;
        Position = state.Position;
        Address = state.Address;
        Description = state.Description;
        CallerPhone = state.CallerPhone;
        Involved = [.. state.Involved];
        ReceivedAt = state.ReceivedAt;
        DispatchedAt = state.DispatchedAt;
        ArrivedAt = state.ArrivedAt;
        ResolvedAt = state.ResolvedAt;
        ClosedAt = state.ClosedAt;
        Officer = state.Officer;
        RepeatOf = state.RepeatOf;
        Outcome = state.Outcome;
        Recorded = state.Recorded;
        _handOffs = [.. state.HandOffs];
        _linkedActions = [.. state.LinkedActions];
        _referrals = [.. state.Referrals];
    }

    /// <summary>Gets the incident's id.</summary>
    public IncidentId Id { get; }

    /// <summary>Gets the grid or division where it happened.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the local date it was received (the day it counts in).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets how it came in.</summary>
    public IncidentChannel Channel { get; }

    /// <summary>Gets what it is about.</summary>
    public IncidentCategory Category { get; private set; }

    /// <summary>Gets how fast it needs a response.</summary>
    public IncidentPriority Priority { get; }

    /// <summary>Gets where it stands.</summary>
    public IncidentStatus Status { get; private set; }

    /// <summary>Gets where it happened, if known.</summary>
    public GeoPosition? Position { get; }

    /// <summary>Gets the address as given.</summary>
    public string? Address { get; }

    /// <summary>Gets what was reported.</summary>
    public string Description { get; }

    /// <summary>Gets the caller's mobile number; its <c>ToString()</c> is masked.</summary>
    public MobileNumber? CallerPhone { get; }

    /// <summary>Gets the people involved.</summary>
    public IReadOnlyList<InvolvedPerson> Involved { get; }

    /// <summary>Gets when it was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets when an officer was dispatched.</summary>
    public Instant? DispatchedAt { get; private set; }

    /// <summary>Gets when police arrived.</summary>
    public Instant? ArrivedAt { get; private set; }

    /// <summary>Gets when it was dealt with.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets when it was closed.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets the officer dispatched.</summary>
    public StaffMemberId? Officer { get; private set; }

    /// <summary>Gets the first incident of the run of repeat calls this one belongs to.</summary>
    public IncidentId? RepeatOf { get; private set; }

    /// <summary>Gets how it ended.</summary>
    public IncidentOutcome? Outcome { get; private set; }

    /// <summary>Gets who recorded it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Gets the hand-offs with 12345.</summary>
    public IReadOnlyList<HotlineHandOff> HandOffs => _handOffs;

    /// <summary>Gets the linked actions.</summary>
    public IReadOnlyList<LinkedAction> LinkedActions => _linkedActions;

    /// <summary>Gets the records opened elsewhere from it.</summary>
    public IReadOnlyList<ReferralReference> Referrals => _referrals;

    /// <summary>Gets the response time: from receipt to police on scene (null until they arrive).</summary>
    public Duration? ResponseTime => ArrivedAt - ReceivedAt;

    /// <summary>Gets the first response time: to police on scene or a liaison's first response, whichever came first.</summary>
    public Duration? FirstResponseTime
    {
        get
        {
            var liaison = _linkedActions.Where(a => a.Kind == LinkedActionKind.LiaisonFirstResponse).Select(a => (Instant?)a.At).Min();
            var first = (ArrivedAt, liaison) switch
            {
                ({ } a, { } l) => a < l ? a : l,
                ({ } a, null) => a,
                (null, { } l) => l,
                _ => (Instant?)null,
            };
            return first - ReceivedAt;
        }
    }

    /// <summary>Gets a value indicating whether the road-traffic incident killed someone.</summary>
    public bool IsRoadTrafficDeath => Category == IncidentCategory.Traffic && Outcome is { Dead: > 0 };

    /// <summary>Tells whether police arrived within the target for the incident's priority.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>Whether it did; null when police never arrived.</returns>
    public bool? WithinTarget(IncidentResponseTargets targets)
    {
        Guard.Against.Null(targets);
        return ResponseTime is { } time ? time <= targets.For(Priority) : null;
    }

    /// <summary>Receives an incident (接警). A transfer from 12345 must carry its reference and is accepted as a police matter.</summary>
    /// <param name="id">The new incident's id.</param>
    /// <param name="report">What was taken down.</param>
    /// <param name="zone">The zone its local date is taken in.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The incident, not yet saved.</returns>
    public static Incident Receive(IncidentId id, IncidentReport report, DateTimeZone zone, ChangeStamp stamp)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(zone);
        Guard.Against.EnumOutOfRange(report.Channel);
        Guard.Against.EnumOutOfRange(report.Category);
        Guard.Against.EnumOutOfRange(report.Priority);
        if (report.Jurisdiction.IsEmpty)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(report.Jurisdiction), nameof(report.Jurisdiction));
        }

        if (string.IsNullOrWhiteSpace(report.Description))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(report.Description), nameof(report.Description));
        }

        if (report.Position is { IsInRange: false } bad)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.PositionOutOfRange, nameof(report.Position), bad);
        }

        List<HotlineHandOff> handOffs = [];
        if (report.Channel == IncidentChannel.Transfer12345)
        {
            if (string.IsNullOrWhiteSpace(report.HotlineReference))
            {
                throw PatrolMessages.Invalid(PatrolErrorCodes.HotlineHandOffInvalid, nameof(report.HotlineReference), "a transfer from 12345 needs its work-order number");
            }

            if (report.Category == IncidentCategory.NonPolice)
            {
                throw PatrolMessages.Invalid(PatrolErrorCodes.HotlineHandOffInvalid, nameof(report.Category), "only police matters are accepted from 12345");
            }

            handOffs.Add(new HotlineHandOff(HandOffDirection.From12345, report.HotlineReference.Trim(), report.ReceivedAt));
        }

        var state = new IncidentState(
            IncidentState.CurrentSchemaVersion,
            id,
            report.Jurisdiction,
            report.ReceivedAt.InZone(zone).Date,
            report.Channel,
            report.Category,
            report.Priority,
            IncidentStatus.Received,
            report.Position,
            string.IsNullOrWhiteSpace(report.Address) ? null : report.Address.Trim(),
            report.Description.Trim(),
            report.CallerPhone is { IsEmpty: false } phone ? phone : null,
            [.. report.Involved ?? []],
            report.ReceivedAt,
            null,
            null,
            null,
            null,
            null,
            handOffs,
            [],
            null,
            null,
            [],
            stamp);
        var incident = new Incident(state, 0);
        incident.Raise(new IncidentReceived(id.Value, report.Jurisdiction.ToString(), report.Channel, report.Category, report.Priority, report.ReceivedAt));
        return incident;
    }

    /// <summary>Hands a non-police matter to the 12345 hotline (非警务分流), keeping its work-order number.</summary>
    /// <param name="reference">The 12345 work-order number.</param>
    /// <param name="at">When it was handed over.</param>
    public void DivertTo12345(string reference, Instant at)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.HotlineHandOffInvalid, nameof(reference), "the 12345 work-order number is required");
        }

        if (Channel == IncidentChannel.Transfer12345)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.HotlineHandOffInvalid, nameof(reference), "a matter accepted from 12345 is not sent back");
        }

        RequireStep(IncidentStatus.Received, "diverted", at, ReceivedAt, "received");
        Category = IncidentCategory.NonPolice;
        Status = IncidentStatus.Diverted;
        _handOffs.Add(new HotlineHandOff(HandOffDirection.To12345, reference.Trim(), at));
    }

    /// <summary>Dispatches an officer (派警).</summary>
    /// <param name="officer">The officer.</param>
    /// <param name="at">When.</param>
    public void Dispatch(StaffMemberId officer, Instant at)
    {
        RequireStep(IncidentStatus.Received, "dispatched", at, ReceivedAt, "received");
        Officer = officer;
        DispatchedAt = at;
        Status = IncidentStatus.Dispatched;
    }

    /// <summary>Records police on scene (到场).</summary>
    /// <param name="at">When.</param>
    public void Arrive(Instant at)
    {
        RequireStep(IncidentStatus.Dispatched, "arrived", at, DispatchedAt, "dispatched");
        ArrivedAt = at;
        Status = IncidentStatus.Arrived;
    }

    /// <summary>Records the incident dealt with (处置完毕), with its outcome; possible before police arrive when a liaison settled it.</summary>
    /// <param name="outcome">How it ended.</param>
    /// <param name="at">When.</param>
    public void Resolve(IncidentOutcome outcome, Instant at)
    {
        Guard.Against.Null(outcome);
        if (outcome.Injured < 0 || outcome.Dead < 0)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ValueInvalid, nameof(outcome), nameof(outcome));
        }

        if (Status is not (IncidentStatus.Received or IncidentStatus.Dispatched or IncidentStatus.Arrived))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.IncidentOutOfOrder, nameof(at), Status, "resolved");
        }

        var (previous, name) = ArrivedAt is { } a ? (a, "arrived") : DispatchedAt is { } d ? (d, "dispatched") : (ReceivedAt, "received");
        RequireAfter(at, previous, "resolved", name);
        Outcome = outcome;
        ResolvedAt = at;
        Status = IncidentStatus.Resolved;
    }

    /// <summary>Closes the incident (结警).</summary>
    /// <param name="at">When.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Close(Instant at, ChangeStamp stamp)
    {
        RequireStep(IncidentStatus.Resolved, "closed", at, ResolvedAt, "resolved");
        ClosedAt = at;
        Status = IncidentStatus.Closed;
        Raise(new IncidentClosed(Id.Value, ResponseTime?.TotalSeconds, stamp.By, stamp.At));
    }

    /// <summary>Records a linked action with the community.</summary>
    /// <param name="action">The action.</param>
    public void AddLinkedAction(LinkedAction action)
    {
        Guard.Against.Null(action);
        Guard.Against.EnumOutOfRange(action.Kind);
        if (string.IsNullOrWhiteSpace(action.Description))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(action.Description), nameof(action.Description));
        }

        if (Status is IncidentStatus.Closed or IncidentStatus.Diverted)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.IncidentOutOfOrder, nameof(action), Status, "linked");
        }

        RequireAfter(action.At, ReceivedAt, "linked", "received", allowEqual: true);
        _linkedActions.Add(action);
    }

    /// <summary>Links this incident to the first of a run of repeat calls about the same thing.</summary>
    /// <param name="first">The first incident of the run.</param>
    public void LinkRepeatOf(IncidentId first)
    {
        if (first != Id)
        {
            RepeatOf = first;
        }
    }

    /// <summary>Records a record opened elsewhere from this incident.</summary>
    /// <param name="referral">The reference.</param>
    public void RecordReferral(ReferralReference referral)
    {
        Guard.Against.Null(referral);
        Guard.Against.NullOrWhiteSpace(referral.Target);
        Guard.Against.NullOrWhiteSpace(referral.Reference);
        _referrals.Add(referral);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public IncidentState ToState() => new(
        IncidentState.CurrentSchemaVersion, Id, Jurisdiction, Date, Channel, Category, Priority, Status, Position, Address, Description, CallerPhone, Involved,
        ReceivedAt, DispatchedAt, ArrivedAt, ResolvedAt, ClosedAt, Officer, [.. _handOffs], [.. _linkedActions], RepeatOf, Outcome, [.. _referrals], Recorded);

    /// <summary>Rebuilds an incident from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The incident.</returns>
    public static Incident FromState(IncidentState state, long version)
    {
        Guard.Against.Null(state);
        if (state.SchemaVersion != IncidentState.CurrentSchemaVersion || state.Jurisdiction.IsEmpty || string.IsNullOrWhiteSpace(state.Description)
            || state.Involved is null || state.HandOffs is null || state.LinkedActions is null || state.Referrals is null)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.StateInvalid, "state", KindName, state.Id, "schema, jurisdiction, description or lists missing");
        }

        return new Incident(state, version);
    }

    /// <summary>Describes the incident by id, date and status; never the caller or parties.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Incident {Id} {Date:yyyy-MM-dd} {Category} {Status}";

    private void RequireStep(IncidentStatus expected, string step, Instant at, Instant? previous, string previousStep)
    {
        if (Status != expected || previous is not { } before)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.IncidentOutOfOrder, nameof(at), Status, step);
        }

        RequireAfter(at, before, step, previousStep);
    }

    private static void RequireAfter(Instant at, Instant previous, string step, string previousStep, bool allowEqual = true)
    {
        if (at < previous || (!allowEqual && at == previous))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.IncidentTimeBeforePrevious, nameof(at), step, at, previousStep, previous);
        }
    }
}
