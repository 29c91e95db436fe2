using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Prevention;

/// <summary>The persisted state of a <see cref="PreventionActivity"/>.</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The activity's id.</param>
/// <param name="Jurisdiction">The grid or division it served.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Topic">Its topic.</param>
/// <param name="Date">Its date.</param>
/// <param name="Title">Its title.</param>
/// <param name="Place">Where it was held (events), or the channel (alerts).</param>
/// <param name="Attendees">How many attended (events) or were answered (consultations).</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record PreventionActivityState(
    int SchemaVersion,
    PreventionActivityId Id,
    JurisdictionCode Jurisdiction,
    PreventionKind Kind,
    PreventionTopic Topic,
    LocalDate Date,
    string Title,
    string? Place,
    int Attendees,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
