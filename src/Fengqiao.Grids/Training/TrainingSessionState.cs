using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Training;

/// <summary>
/// The persisted state of a <see cref="TrainingSession"/> (培训状态快照): everything a storage
/// backend writes and reads back, without reflection. The aggregate's version is stored beside it.
/// </summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The session's id (the key).</param>
/// <param name="Jurisdiction">The organizing jurisdiction.</param>
/// <param name="Date">The day it was held.</param>
/// <param name="Title">Its title or topic.</param>
/// <param name="Round">Its round number, if numbered.</param>
/// <param name="Attendees">The registered attendees, ordered by id.</param>
/// <param name="UnregisteredTrainees">The number of trainees without a staff record.</param>
/// <param name="Recorded">Who recorded the session and when.</param>
public sealed record TrainingSessionState(
    int SchemaVersion,
    TrainingSessionId Id,
    JurisdictionCode Jurisdiction,
    LocalDate Date,
    string Title,
    int? Round,
    IReadOnlyList<StaffMemberId> Attendees,
    int UnregisteredTrainees,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
