using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids;

/// <summary>
/// The persisted state of a <see cref="Grid"/> (网格状态快照): everything a storage backend writes
/// and reads back, without reflection. The aggregate's version is stored beside it as the row's
/// concurrency token, not inside it.
/// </summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Code">The grid's 15-digit code (the key).</param>
/// <param name="Periods">The versions, oldest first, contiguous; each carries its boundary.</param>
/// <param name="Predecessors">The grids it was formed from.</param>
/// <param name="Successors">The grids it turned into.</param>
public sealed record GridState(
    int SchemaVersion,
    JurisdictionCode Code,
    IReadOnlyList<GridPeriod> Periods,
    IReadOnlyList<LineageLink> Predecessors,
    IReadOnlyList<LineageLink> Successors)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
