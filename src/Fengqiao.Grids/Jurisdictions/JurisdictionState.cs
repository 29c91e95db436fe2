using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// The persisted state of a <see cref="Jurisdiction"/> (区划状态快照): everything a storage backend
/// writes and reads back, without reflection. The aggregate's version is stored beside it as the
/// row's concurrency token, not inside it.
/// </summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Code">The division's code (the key).</param>
/// <param name="Periods">The versions of name and kind, oldest first, contiguous.</param>
/// <param name="Predecessors">The divisions it was formed from.</param>
/// <param name="Successors">The divisions it turned into.</param>
public sealed record JurisdictionState(
    int SchemaVersion,
    JurisdictionCode Code,
    IReadOnlyList<JurisdictionPeriod> Periods,
    IReadOnlyList<LineageLink> Predecessors,
    IReadOnlyList<LineageLink> Successors)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
