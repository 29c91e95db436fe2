using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Prevention;

/// <summary>
/// A prevention activity (防范宣传): a publicity event (anti-fraud, drugs, traffic safety, law) with
/// attendees and a place, an alert published online, or an online consultation answered — counted per
/// grid and period.
/// </summary>
public sealed class PreventionActivity : AggregateRoot
{
    private const string KindName = nameof(PreventionActivity);

    private PreventionActivity(PreventionActivityState state, long version)
        : base(version)
    {
        Id = state.Id;
        Jurisdiction = state.Jurisdiction;
        Kind = state.Kind;
        Topic = state.Topic;
        Date = state.Date;
        Title = state.Title;
        Place = state.Place;
        Attendees = state.Attendees;
        Recorded = state.Recorded;
    }

    /// <summary>Gets the activity's id.</summary>
    public PreventionActivityId Id { get; }

    /// <summary>Gets the grid or division it served.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets its kind.</summary>
    public PreventionKind Kind { get; }

    /// <summary>Gets its topic.</summary>
    public PreventionTopic Topic { get; }

    /// <summary>Gets its date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets its title.</summary>
    public string Title { get; }

    /// <summary>Gets where it was held, or the channel an alert went out on.</summary>
    public string? Place { get; }

    /// <summary>Gets how many attended or were answered.</summary>
    public int Attendees { get; private set; }

    /// <summary>Gets who recorded it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Records a prevention activity.</summary>
    /// <param name="id">The new activity's id.</param>
    /// <param name="jurisdiction">The grid or division it served.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="topic">Its topic.</param>
    /// <param name="date">Its date.</param>
    /// <param name="title">Its title.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="place">Where it was held.</param>
    /// <param name="attendees">How many attended.</param>
    /// <returns>The activity, not yet saved.</returns>
    public static PreventionActivity Record(PreventionActivityId id, JurisdictionCode jurisdiction, PreventionKind kind, PreventionTopic topic, LocalDate date, string title, ChangeStamp stamp, string? place = null, int attendees = 0)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(topic);
        if (jurisdiction.IsEmpty || string.IsNullOrWhiteSpace(title))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(title), nameof(title));
        }

        if (attendees < 0)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ValueInvalid, nameof(attendees), nameof(attendees));
        }

        return new PreventionActivity(
            new PreventionActivityState(PreventionActivityState.CurrentSchemaVersion, id, jurisdiction, kind, topic, date, title.Trim(), string.IsNullOrWhiteSpace(place) ? null : place.Trim(), attendees, stamp),
            0);
    }

    /// <summary>Corrects the number of attendees.</summary>
    /// <param name="attendees">The number, zero or more.</param>
    public void RecordAttendees(int attendees)
    {
        if (attendees < 0)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ValueInvalid, nameof(attendees), nameof(attendees));
        }

        Attendees = attendees;
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public PreventionActivityState ToState() => new(PreventionActivityState.CurrentSchemaVersion, Id, Jurisdiction, Kind, Topic, Date, Title, Place, Attendees, Recorded);

    /// <summary>Rebuilds an activity from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The activity.</returns>
    public static PreventionActivity FromState(PreventionActivityState state, long version)
    {
        Guard.Against.Null(state);
        if (state.SchemaVersion != PreventionActivityState.CurrentSchemaVersion || state.Jurisdiction.IsEmpty || string.IsNullOrWhiteSpace(state.Title) || state.Attendees < 0)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.StateInvalid, "state", KindName, state.Id, "schema, jurisdiction, title or attendees invalid");
        }

        return new PreventionActivity(state, version);
    }

    /// <summary>Describes the activity by id and date.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"PreventionActivity {Id} {Date:yyyy-MM-dd} {Kind}";
}
