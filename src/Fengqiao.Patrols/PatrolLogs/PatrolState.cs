using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>The persisted state of a <see cref="Patrol"/> (巡逻状态快照), for storage backends; the version is stored beside it.</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The patrol's id.</param>
/// <param name="Jurisdiction">The division or grid the patrol is filed under.</param>
/// <param name="Date">The local date it started (Asia/Shanghai unless the host says otherwise).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, if it has.</param>
/// <param name="Legs">Its legs, in order; at least one.</param>
/// <param name="Pauses">Its pauses, in order.</param>
/// <param name="Observations">What it noted.</param>
/// <param name="Sorties">Drone sorties, for drone patrols.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record PatrolState(
    int SchemaVersion,
    PatrolId Id,
    JurisdictionCode Jurisdiction,
    LocalDate Date,
    PatrolStatus Status,
    Instant StartedAt,
    Instant? EndedAt,
    IReadOnlyList<PatrolLeg> Legs,
    IReadOnlyList<PatrolPause> Pauses,
    IReadOnlyList<PatrolObservation> Observations,
    IReadOnlyList<DroneSortie> Sorties,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
