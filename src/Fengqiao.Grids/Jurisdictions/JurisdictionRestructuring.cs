using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// Splits, merges and recodes of divisions (区划调整). Each operation validates everything first,
/// then ends the sources, creates the successors and links both sides, so nothing half-applies.
/// Save every returned and changed division in one storage session to commit them together.
/// </summary>
public static class JurisdictionRestructuring
{
    /// <summary>Splits a division into new ones (拆分).</summary>
    /// <param name="source">The division being split.</param>
    /// <param name="effectiveOn">The first day of the new divisions.</param>
    /// <param name="parts">The new divisions: at least two (one when the source continues), at the source's level, with new codes.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="sourceContinues">Whether the source keeps existing with a smaller area; otherwise it is abolished.</param>
    /// <returns>The new divisions, not yet saved.</returns>
    public static IReadOnlyList<Jurisdiction> Split(Jurisdiction source, LocalDate effectiveOn, IReadOnlyList<JurisdictionPart> parts, ChangeStamp stamp, bool sourceContinues = false)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(parts);
        return Restructuring.Split(source, effectiveOn, [.. parts.Select(p => p.Code)], sourceContinues, stamp, links => Create(parts, effectiveOn, stamp, links));
    }

    /// <summary>Merges divisions into a new one (合并); the sources are abolished.</summary>
    /// <param name="sources">The divisions being merged: at least two, at one level.</param>
    /// <param name="effectiveOn">The first day of the merged division.</param>
    /// <param name="merged">The new division.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The merged division, not yet saved.</returns>
    public static Jurisdiction Merge(IReadOnlyList<Jurisdiction> sources, LocalDate effectiveOn, JurisdictionPart merged, ChangeStamp stamp)
    {
        Guard.Against.Null(sources);
        Guard.Against.Null(merged);
        return Restructuring.Merge(sources, effectiveOn, merged.Code, stamp, links => Create([merged], effectiveOn, stamp, links));
    }

    /// <summary>Merges divisions into an existing one that continues (并入); the absorbed ones are abolished.</summary>
    /// <param name="survivor">The division that absorbs the others.</param>
    /// <param name="absorbed">The divisions absorbed: at least one, at the survivor's level.</param>
    /// <param name="effectiveOn">The first day of the merged arrangement.</param>
    /// <param name="stamp">Who records it and when.</param>
    public static void MergeInto(Jurisdiction survivor, IReadOnlyList<Jurisdiction> absorbed, LocalDate effectiveOn, ChangeStamp stamp)
    {
        Guard.Against.Null(survivor);
        Guard.Against.Null(absorbed);
        Restructuring.MergeInto(survivor, absorbed, effectiveOn, stamp);
    }

    /// <summary>Gives a division a new code (撤乡设镇, a move to another parent): the old code is abolished and the new one succeeds it.</summary>
    /// <param name="source">The division.</param>
    /// <param name="effectiveOn">The first day of the new code.</param>
    /// <param name="successor">The division under its new code, at the same level.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The successor, not yet saved.</returns>
    public static Jurisdiction Recode(Jurisdiction source, LocalDate effectiveOn, JurisdictionPart successor, ChangeStamp stamp)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(successor);
        return Restructuring.Recode(source, effectiveOn, successor.Code, stamp, links => Create([successor], effectiveOn, stamp, links));
    }

    private static List<Jurisdiction> Create(IReadOnlyList<JurisdictionPart> parts, LocalDate effectiveOn, ChangeStamp stamp, IReadOnlyList<LineageLink> predecessors) =>
        [.. parts.Select(p => Jurisdiction.Establish(p.Code, effectiveOn, p.Name, p.Kind, stamp, p.EnglishName, predecessors))];
}
