using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// Splits and merges of grids (网格调整), recorded with predecessors and successors like divisions.
/// Each operation validates everything first, so nothing half-applies. Save every returned and
/// changed grid in one storage session to commit them together.
/// </summary>
public static class GridRestructuring
{
    /// <summary>Splits a grid into new ones (拆分网格).</summary>
    /// <param name="source">The grid being split.</param>
    /// <param name="effectiveOn">The first day of the new grids.</param>
    /// <param name="parts">The new grids: at least two (one when the source continues), with new codes.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="sourceContinues">Whether the source keeps existing (redraw its boundary separately); otherwise it is retired.</param>
    /// <returns>The new grids, not yet saved.</returns>
    public static IReadOnlyList<Grid> Split(Grid source, LocalDate effectiveOn, IReadOnlyList<GridPart> parts, ChangeStamp stamp, bool sourceContinues = false)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(parts);
        return Restructuring.Split(source, effectiveOn, [.. parts.Select(p => p.Code)], sourceContinues, stamp, links => Create(parts, effectiveOn, stamp, links));
    }

    /// <summary>Merges grids into a new one (合并网格); the sources are retired.</summary>
    /// <param name="sources">The grids being merged: at least two.</param>
    /// <param name="effectiveOn">The first day of the merged grid.</param>
    /// <param name="merged">The new grid.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The merged grid, not yet saved.</returns>
    public static Grid Merge(IReadOnlyList<Grid> sources, LocalDate effectiveOn, GridPart merged, ChangeStamp stamp)
    {
        Guard.Against.Null(sources);
        Guard.Against.Null(merged);
        return Restructuring.Merge(sources, effectiveOn, merged.Code, stamp, links => Create([merged], effectiveOn, stamp, links));
    }

    private static List<Grid> Create(IReadOnlyList<GridPart> parts, LocalDate effectiveOn, ChangeStamp stamp, IReadOnlyList<LineageLink> predecessors) =>
        [.. parts.Select(p => Grid.Register(p.Code, effectiveOn, p.Attributes, stamp, predecessors))];
}
