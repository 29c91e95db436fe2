using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Requests.Events;
using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>
/// A service request (办件): a citizen asks a station for a catalog service and the station accepts,
/// handles, possibly suspends (the clock pauses) and completes, rejects or hands it to 12345; the
/// applicant may withdraw. The due date comes from the station's working calendar and the time limit
/// of the catalog version the request was made under.
/// </summary>
/// <remarks>An illegal step throws <see cref="ServiceErrorCodes.TransitionNotAllowed"/> and changes nothing.</remarks>
public sealed class ServiceRequest : AggregateRoot
{
    private const string KindName = "service request";
    private readonly List<ServiceRequestStep> _steps;
    private readonly List<ServiceIssue> _issues;
    private ServiceRequestState _state;

    private ServiceRequest(ServiceRequestState state, long version)
        : base(version)
    {
        _state = state;
        _steps = [.. state.Steps];
        _issues = [.. state.Issues];
    }

    /// <summary>Gets the request's id.</summary>
    public ServiceRequestId Id => _state.Id;

    /// <summary>Gets the service code.</summary>
    public string ServiceCode => _state.ServiceCode;

    /// <summary>Gets the catalog version the request was made under.</summary>
    public int CatalogVersion => _state.CatalogVersion;

    /// <summary>Gets the handling station's jurisdiction.</summary>
    public JurisdictionCode Station => _state.Station;

    /// <summary>Gets the applicant's village/community or grid, if known.</summary>
    public JurisdictionCode? Area => _state.Area;

    /// <summary>Gets the channel.</summary>
    public ServiceChannels Channel => _state.Channel;

    /// <summary>Gets the applicant.</summary>
    public ServiceApplicant Applicant => _state.Applicant;

    /// <summary>Gets the location, if given.</summary>
    public GeoLocation? Location => _state.Location;

    /// <summary>Gets the applicant's description, if any.</summary>
    public string? Description => _state.Description;

    /// <summary>Gets the answers to the request attributes.</summary>
    public IReadOnlyDictionary<string, string> Attributes => _state.Attributes;

    /// <summary>Gets the time limit.</summary>
    public ServiceTimeLimit TimeLimit => _state.TimeLimit;

    /// <summary>Gets when the request was submitted.</summary>
    public Instant SubmittedAt => _steps[0].At;

    /// <summary>Gets the civil date of submission.</summary>
    public LocalDate SubmittedOn => _state.SubmittedOn;

    /// <summary>Gets the status.</summary>
    public ServiceRequestStatus Status => _state.Status;

    /// <summary>Gets the working-day due date (suspensions added); null for on-the-spot services.</summary>
    public LocalDate? DueOn => _state.DueOn;

    /// <summary>Gets the due instant of an on-the-spot service (suspensions added); null otherwise.</summary>
    public Instant? DueAt => _state.DueAt;

    /// <summary>Gets the working days spent suspended (completed suspensions).</summary>
    public int PausedWorkingDays => _state.PausedWorkingDays;

    /// <summary>Gets the time spent suspended (completed suspensions).</summary>
    public Duration PausedDuration => _state.PausedDuration;

    /// <summary>Gets when the current suspension began; null when not suspended.</summary>
    public Instant? SuspendedAt => _state.SuspendedAt;

    /// <summary>Gets when the request reached a final status.</summary>
    public Instant? ClosedAt => _state.ClosedAt;

    /// <summary>Gets the 12345 hotline link, if any.</summary>
    public HotlineLink? Hotline => _state.Hotline;

    /// <summary>Gets the history, oldest first.</summary>
    public IReadOnlyList<ServiceRequestStep> Steps => _steps;

    /// <summary>Gets the complaints and errors recorded.</summary>
    public IReadOnlyList<ServiceIssue> Issues => _issues;

    /// <summary>Gets a value indicating whether the request is closed.</summary>
    public bool IsClosed => ServiceRequestTransitions.IsFinal(Status);

    /// <summary>Submits a request for a catalog service (申请/登记), under the version that applies on the submission date.</summary>
    /// <param name="id">The new request's id.</param>
    /// <param name="service">The catalog service.</param>
    /// <param name="station">The handling station's jurisdiction (county, township or village).</param>
    /// <param name="applicant">Who asks.</param>
    /// <param name="channel">The channel (one flag).</param>
    /// <param name="clock">The station's calendar and zone.</param>
    /// <param name="stamp">Who records it and when (the submission instant).</param>
    /// <param name="details">Optional attributes, description, location, area and hotline link.</param>
    /// <returns>The request, not yet saved.</returns>
    public static ServiceRequest Submit(
        ServiceRequestId id,
        ConvenienceService service,
        JurisdictionCode station,
        ServiceApplicant applicant,
        ServiceChannels channel,
        ServiceClock clock,
        ChangeStamp stamp,
        ServiceRequestDetails? details = null)
    {
        Guard.Against.Null(service);
        Guard.Against.Null(applicant);
        Guard.Against.Null(clock);
        details ??= new ServiceRequestDetails();
        if (station.IsEmpty || station.Level < JurisdictionLevel.County || station.Level > JurisdictionLevel.Village)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, nameof(station), station.ToString(), station.Level, JurisdictionLevel.Township);
        }

        if (details.Area is { } area && (area.Level < JurisdictionLevel.Village || !station.AncestorAt(JurisdictionLevel.County).Contains(area)))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, "area", area.ToString(), area.Level, JurisdictionLevel.Village);
        }

        applicant.Validate(nameof(applicant));
        details.Location?.Validate("location");
        var submittedOn = clock.DateOf(stamp.At);
        var definition = service.VersionOn(submittedOn)
            ?? throw ServiceMessages.Invalid(ServiceErrorCodes.CatalogVersionInvalid, nameof(service), service.Code, submittedOn);
        var attributes = details.Attributes ?? new Dictionary<string, string>(StringComparer.Ordinal);
        definition.CheckAttributes(attributes);
        var limit = definition.TimeLimit;
        var state = new ServiceRequestState(
            ServiceRequestState.CurrentSchemaVersion,
            id,
            service.Code,
            definition.Version,
            station,
            details.Area,
            channel,
            applicant,
            details.Location,
            string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim(),
            new SortedDictionary<string, string>(attributes.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
            limit,
            submittedOn,
            ServiceRequestStatus.Submitted,
            limit.WorkingDays is not null ? limit.DueDate(submittedOn, clock.Calendar) : null,
            limit.OnTheSpot is { } duration ? stamp.At + duration : null,
            0,
            Duration.Zero,
            null,
            null,
            details.FromHotline is { } reference ? new HotlineLink(HotlineDirection.FromHotline, ServiceMessages.RequireText(reference, "hotlineReference"), stamp.At) : null,
            [new ServiceRequestStep(ServiceRequestStatus.Submitted, stamp.At, stamp.By, null)],
            []);
        var request = new ServiceRequest(state, 0);
        request.Raise(new ServiceRequestStatusChanged(id.Value, service.Code, station.ToString(), ServiceRequestStatus.Submitted, stamp.By, stamp.At));
        return request;
    }

    /// <summary>Gets a value indicating whether an action is allowed now.</summary>
    /// <param name="action">The action.</param>
    /// <returns>Whether it is.</returns>
    public bool Can(ServiceRequestAction action) => ServiceRequestTransitions.Next(Status, action) is not null;

    /// <summary>Accepts the request (受理).</summary>
    /// <param name="stamp">Who and when.</param>
    public void Accept(ChangeStamp stamp) => Move(ServiceRequestAction.Accept, stamp, null, null);

    /// <summary>Starts handling (开始办理).</summary>
    /// <param name="stamp">Who and when.</param>
    public void Start(ChangeStamp stamp) => Move(ServiceRequestAction.Start, stamp, null, null);

    /// <summary>Suspends the request (挂起), pausing the clock until <see cref="Resume"/>.</summary>
    /// <param name="reason">Why, such as materials missing.</param>
    /// <param name="stamp">Who and when.</param>
    public void Suspend(string reason, ChangeStamp stamp) =>
        Move(ServiceRequestAction.Suspend, stamp, RequireReason(reason), s => s with { SuspendedAt = stamp.At });

    /// <summary>Resumes a suspended request; the working days (or time) it was suspended are added to the due date.</summary>
    /// <param name="clock">The station's calendar and zone.</param>
    /// <param name="stamp">Who and when.</param>
    public void Resume(ServiceClock clock, ChangeStamp stamp)
    {
        Guard.Against.Null(clock);
        Move(ServiceRequestAction.Resume, stamp, null, s =>
        {
            var since = s.SuspendedAt!.Value;
            // Working days after the day of suspension up to and including the day of resumption are not counted.
            var pausedDays = s.PausedWorkingDays + Math.Max(0, clock.Calendar.WorkingDaysBetween(clock.DateOf(since), clock.DateOf(stamp.At)));
            var pausedTime = s.PausedDuration + (stamp.At - since);
            return s with
            {
                SuspendedAt = null,
                PausedWorkingDays = pausedDays,
                PausedDuration = pausedTime,
                DueOn = s.TimeLimit.WorkingDays is not null ? s.TimeLimit.DueDate(s.SubmittedOn, clock.Calendar, pausedDays) : null,
                DueAt = s.TimeLimit.OnTheSpot is { } duration ? SubmittedAt + duration + pausedTime : null,
            };
        });
    }

    /// <summary>Completes the request (办结).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="note">A note on the result, if any.</param>
    public void Complete(ChangeStamp stamp, string? note = null) =>
        Move(ServiceRequestAction.Complete, stamp, Clean(note), s => s with { ClosedAt = stamp.At });

    /// <summary>Rejects the request (退回/不予受理) with a reason.</summary>
    /// <param name="reason">Why; required.</param>
    /// <param name="stamp">Who and when.</param>
    public void Reject(string reason, ChangeStamp stamp) =>
        Move(ServiceRequestAction.Reject, stamp, RequireReason(reason), s => s with { ClosedAt = stamp.At, SuspendedAt = null });

    /// <summary>Records that the applicant withdrew the request (撤回).</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="note">A note, if any.</param>
    public void Withdraw(ChangeStamp stamp, string? note = null) =>
        Move(ServiceRequestAction.Withdraw, stamp, Clean(note), s => s with { ClosedAt = stamp.At, SuspendedAt = null });

    /// <summary>Hands a non-police matter to the 12345 government hotline (转12345), keeping its reference.</summary>
    /// <param name="externalReference">The hotline's work-order number.</param>
    /// <param name="stamp">Who and when.</param>
    public void TransferToHotline(string externalReference, ChangeStamp stamp)
    {
        var reference = ServiceMessages.RequireText(externalReference, nameof(externalReference));
        Move(ServiceRequestAction.TransferToHotline, stamp, null, s => s with
        {
            ClosedAt = stamp.At,
            Hotline = new HotlineLink(HotlineDirection.ToHotline, reference, stamp.At),
        });
    }

    /// <summary>Records a complaint (投诉) or an error (差错) against the request, in any status.</summary>
    /// <param name="kind">Complaint or error.</param>
    /// <param name="summary">What it was about; ID and phone numbers in it are masked.</param>
    /// <param name="stamp">Who and when.</param>
    public void RecordIssue(ServiceIssueKind kind, string summary, ChangeStamp stamp)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        var text = Applicants.PersonalNumbers.Mask(ServiceMessages.RequireText(summary, nameof(summary)));
        _issues.Add(new ServiceIssue(kind, stamp.At, stamp.By, text));
        _state = _state with { Issues = _issues.ToArray() };
    }

    /// <summary>Gets the time-limit warning at an instant (黄牌/红牌预警).</summary>
    /// <param name="now">The instant.</param>
    /// <param name="clock">The station's calendar and zone.</param>
    /// <returns>The warning; <see cref="SlaWarning.None"/> when closed or suspended.</returns>
    public SlaWarning WarningAt(Instant now, ServiceClock clock)
    {
        Guard.Against.Null(clock);
        if (IsClosed || Status == ServiceRequestStatus.Suspended)
        {
            return SlaWarning.None;
        }

        if (DueAt is { } dueAt)
        {
            var limit = TimeLimit.OnTheSpot!.Value;
            return now > dueAt ? SlaWarning.Red : (dueAt - now) <= Duration.FromTicks(limit.BclCompatibleTicks / 5) ? SlaWarning.Yellow : SlaWarning.None;
        }

        var today = clock.DateOf(now);
        var due = DueOn!.Value;
        if (today > due)
        {
            return SlaWarning.Red;
        }

        var remaining = clock.Calendar.WorkingDaysBetween(today, due);
        var threshold = Math.Max(1, (TimeLimit.WorkingDays!.Value + 4) / 5);
        return remaining <= threshold ? SlaWarning.Yellow : SlaWarning.None;
    }

    /// <summary>Gets a value indicating whether the request was completed within its time limit (按时办结); null when not completed.</summary>
    /// <param name="clock">The station's calendar and zone.</param>
    /// <returns>Whether it was on time.</returns>
    public bool? IsCompletedOnTime(ServiceClock clock)
    {
        Guard.Against.Null(clock);
        if (Status != ServiceRequestStatus.Completed)
        {
            return null;
        }

        var closed = ClosedAt!.Value;
        return DueAt is { } dueAt ? closed <= dueAt : clock.DateOf(closed) <= DueOn!.Value;
    }

    /// <summary>Gets how long the completed request took, in working days without the suspended days (办理用时); null when not completed.</summary>
    /// <param name="clock">The station's calendar and zone.</param>
    /// <returns>The working days; 0 for same-day completion.</returns>
    public int? HandlingWorkingDays(ServiceClock clock)
    {
        Guard.Against.Null(clock);
        return Status != ServiceRequestStatus.Completed
            ? null
            : Math.Max(0, clock.Calendar.WorkingDaysBetween(SubmittedOn, clock.DateOf(ClosedAt!.Value)) - PausedWorkingDays);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public ServiceRequestState ToState() => _state with { Steps = _steps.ToArray(), Issues = _issues.ToArray() };

    /// <summary>Rebuilds a request from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The request.</returns>
    public static ServiceRequest FromState(ServiceRequestState state, long version)
    {
        Guard.Against.Null(state);
        var key = state.Id.ToString();
        StateChecks.Schema(state.SchemaVersion, ServiceRequestState.CurrentSchemaVersion, KindName, key);
        if (state.Steps is not { Count: > 0 } || state.Issues is null || state.Applicant is null || state.Attributes is null || state.TimeLimit is null
            || state.Station.IsEmpty || !Enum.IsDefined(state.Status) || state.Steps[^1].Status != state.Status
            || (state.TimeLimit.WorkingDays is not null) != (state.DueOn is not null) || (state.TimeLimit.OnTheSpot is not null) != (state.DueAt is not null))
        {
            throw StateChecks.Invalid(KindName, key, "steps, applicant, attributes, time limit, station or status missing or inconsistent");
        }

        if ((state.Status == ServiceRequestStatus.Suspended) != (state.SuspendedAt is not null) || ServiceRequestTransitions.IsFinal(state.Status) != (state.ClosedAt is not null))
        {
            throw StateChecks.Invalid(KindName, key, "suspension or closing time does not match the status");
        }

        // Document stores may reorder keys (PostgreSQL jsonb does): answers are kept in ordinal order.
        var attributes = new SortedDictionary<string, string>(state.Attributes.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        return new ServiceRequest(state with { Attributes = attributes }, version);
    }

    /// <summary>Describes the request by service, status and id (no personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ServiceCode} {Status} {Id}";

    private static string RequireReason(string reason) => ServiceMessages.RequireText(reason, nameof(reason));

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private void Move(ServiceRequestAction action, ChangeStamp stamp, string? note, Func<ServiceRequestState, ServiceRequestState>? change)
    {
        var next = ServiceRequestTransitions.Next(Status, action)
            ?? throw ServiceMessages.Invalid(ServiceErrorCodes.TransitionNotAllowed, "status", KindName, Status, action);
        if (stamp.At < _steps[^1].At)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.OutOfOrder, "at", action, stamp.At, _steps[^1].At);
        }

        var changed = (change?.Invoke(_state) ?? _state) with { Status = next };
        _steps.Add(new ServiceRequestStep(next, stamp.At, stamp.By, note));
        _state = changed with { Steps = _steps.ToArray() };
        Raise(new ServiceRequestStatusChanged(Id.Value, ServiceCode, Station.ToString(), next, stamp.By, stamp.At));
    }
}
