using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training.Events;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Training;

/// <summary>
/// A training session for grid staff (网格员培训) with its attendance. Trainee-times (培训人次) count
/// registered attendees plus trainees not in the register, so "4 rounds, 320+ trainee-times" can
/// be reproduced even where not every trainee has a record.
/// </summary>
public sealed class TrainingSession : AggregateRoot
{
    private const string KindName = nameof(TrainingSession);

    private readonly SortedSet<Guid> _attendees;

    private TrainingSession(TrainingSessionState state, long version)
        : base(version)
    {
        Id = state.Id;
        Jurisdiction = state.Jurisdiction;
        Date = state.Date;
        Title = state.Title;
        Round = state.Round;
        UnregisteredTrainees = state.UnregisteredTrainees;
        Recorded = state.Recorded;
        _attendees = [.. state.Attendees.Select(a => a.Value)];
    }

    /// <summary>Gets the session's id.</summary>
    public TrainingSessionId Id { get; }

    /// <summary>Gets the organizing jurisdiction (county, township or village).</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the day the session was held.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the session's title or topic.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the round number within the organizer's programme (第几期), if numbered.</summary>
    public int? Round { get; private set; }

    /// <summary>Gets the registered staff members who attended, ordered by id.</summary>
    public IReadOnlyList<StaffMemberId> Attendees => [.. _attendees.Select(StaffMemberId.From)];

    /// <summary>Gets the number of trainees who attended without a staff record.</summary>
    public int UnregisteredTrainees { get; private set; }

    /// <summary>Gets the session's trainee-times (培训人次): registered attendees plus unregistered trainees.</summary>
    public int TraineeTimes => _attendees.Count + UnregisteredTrainees;

    /// <summary>Gets who recorded the session and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Records a training session.</summary>
    /// <param name="id">The new session's id.</param>
    /// <param name="jurisdiction">The organizing county, township or village.</param>
    /// <param name="date">The day it was held.</param>
    /// <param name="title">Its title or topic.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="round">Its round number, if numbered.</param>
    /// <returns>The new session, not yet saved.</returns>
    public static TrainingSession Record(TrainingSessionId id, JurisdictionCode jurisdiction, LocalDate date, string title, ChangeStamp stamp, int? round = null)
    {
        VersionHistory.RequireLevel(jurisdiction, nameof(jurisdiction), JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village);
        var state = new TrainingSessionState(
            TrainingSessionState.CurrentSchemaVersion,
            id,
            jurisdiction,
            date,
            VersionHistory.RequireName(title, nameof(title)),
            round is { } r ? VersionHistory.RequireNonNegative(r, nameof(round)) : null,
            [],
            0,
            stamp);
        var session = new TrainingSession(state, 0);
        session.Raise(new TrainingSessionRecorded(id.Value, jurisdiction.ToString(), date, stamp.By, stamp.At));
        return session;
    }

    /// <summary>Records registered staff members as attendees (签到); repeated ids count once.</summary>
    /// <param name="attendees">The attendees.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void RecordAttendance(IEnumerable<StaffMemberId> attendees, ChangeStamp stamp)
    {
        Guard.Against.Null(attendees);
        foreach (var attendee in attendees)
        {
            _attendees.Add(attendee.Value);
        }

        Raise(new TrainingAttendanceRecorded(Id.Value, TraineeTimes, stamp.By, stamp.At));
    }

    /// <summary>Sets the number of trainees who attended without a staff record.</summary>
    /// <param name="count">The number, zero or more.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void RecordUnregisteredTrainees(int count, ChangeStamp stamp)
    {
        UnregisteredTrainees = VersionHistory.RequireNonNegative(count, nameof(count));
        Raise(new TrainingAttendanceRecorded(Id.Value, TraineeTimes, stamp.By, stamp.At));
    }

    /// <summary>Gets a value indicating whether a staff member attended.</summary>
    /// <param name="member">The member.</param>
    /// <returns>Whether the member is among the attendees.</returns>
    public bool Attended(StaffMemberId member) => _attendees.Contains(member.Value);

    /// <summary>Captures the session's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public TrainingSessionState ToState() =>
        new(TrainingSessionState.CurrentSchemaVersion, Id, Jurisdiction, Date, Title, Round, Attendees, UnregisteredTrainees, Recorded);

    /// <summary>Rebuilds a session from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The session, with no pending events.</returns>
    public static TrainingSession FromState(TrainingSessionState state, long version)
    {
        Guard.Against.Null(state);
        VersionHistory.CheckSchema(state.SchemaVersion, TrainingSessionState.CurrentSchemaVersion, KindName);
        if (string.IsNullOrWhiteSpace(state.Title) || state.Jurisdiction.IsEmpty || state.Attendees is null || state.UnregisteredTrainees < 0)
        {
            throw VersionHistory.StateInvalid(KindName, state.Id.ToString(), "title, jurisdiction or attendance missing or negative");
        }

        return new TrainingSession(state, version);
    }

    /// <summary>Describes the session by id and date.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"TrainingSession {Id} {ValidityPeriod.Format(Date)}";
}
