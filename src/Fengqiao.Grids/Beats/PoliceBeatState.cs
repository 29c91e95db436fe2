using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Beats;

/// <summary>
/// The persisted state of a <see cref="PoliceBeat"/> (警格状态快照): everything a storage backend
/// writes and reads back, without reflection. The aggregate's version is stored beside it.
/// </summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The beat's id (the key).</param>
/// <param name="Code">The beat's code as the station numbers it.</param>
/// <param name="Name">The beat's name.</param>
/// <param name="Jurisdiction">The jurisdiction the beat belongs to.</param>
/// <param name="Validity">When the beat exists.</param>
/// <param name="Officers">The responsible officers, oldest first, contiguous.</param>
/// <param name="Coverage">The covered grids and villages with their periods.</param>
/// <param name="Established">Who established the beat and when.</param>
public sealed record PoliceBeatState(
    int SchemaVersion,
    PoliceBeatId Id,
    string Code,
    string Name,
    JurisdictionCode Jurisdiction,
    ValidityPeriod Validity,
    IReadOnlyList<BeatOfficer> Officers,
    IReadOnlyList<BeatCoverage> Coverage,
    ChangeStamp Established)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
