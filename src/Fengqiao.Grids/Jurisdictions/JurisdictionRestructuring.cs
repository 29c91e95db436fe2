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
    /// <param name="parts">The new divisions: at least one, at the source's level, with new codes.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="sourceContinues">Whether the source keeps existing with a smaller area; otherwise it is abolished.</param>
    /// <returns>The new divisions, not yet saved.</returns>
    public static IReadOnlyList<Jurisdiction> Split(Jurisdiction source, LocalDate effectiveOn, IReadOnlyList<JurisdictionPart> parts, ChangeStamp stamp, bool sourceContinues = false)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(parts);
        CheckParts(source, parts, minimum: sourceContinues ? 1 : 2, "split");
        CheckCanEnd(source, effectiveOn);
        return Apply([source], effectiveOn, parts, LineageChange.Split, stamp, endSources: !sourceContinues);
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
        CheckSources(sources, merged.Code);
        foreach (var source in sources)
        {
            CheckParts(source, [merged], minimum: 1, "merge");
            CheckCanEnd(source, effectiveOn);
        }

        return Apply(sources, effectiveOn, [merged], LineageChange.Merge, stamp, endSources: true)[0];
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
        if (absorbed.Count == 0 || absorbed.Any(a => a.Code == survivor.Code || a.Level != survivor.Level) || absorbed.DistinctBy(a => a.Code).Count() != absorbed.Count)
        {
            throw Invalid(survivor.Code.ToString(), "merge", "absorbed divisions must be distinct, other than the survivor and at its level");
        }

        if (!survivor.ExistsOn(effectiveOn))
        {
            throw Invalid(survivor.Code.ToString(), "merge", "the survivor does not exist on the effective date");
        }

        foreach (var source in absorbed)
        {
            CheckCanEnd(source, effectiveOn);
        }

        var link = new LineageLink(survivor.Code, effectiveOn, LineageChange.Merge);
        foreach (var source in absorbed)
        {
            source.Abolish(effectiveOn, stamp);
            source.RecordSuccessors([link], stamp);
        }

        survivor.AddPredecessors(absorbed.Select(a => new LineageLink(a.Code, effectiveOn, LineageChange.Merge)));
    }

    /// <summary>Gives a division a new code (撤乡设镇, a move to another parent): the old code is abolished and the new one succeeds it.</summary>
    /// <param name="source">The division.</param>
    /// <param name="effectiveOn">The first day of the new code.</param>
    /// <param name="successor">The division under its new code.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The successor, not yet saved.</returns>
    public static Jurisdiction Recode(Jurisdiction source, LocalDate effectiveOn, JurisdictionPart successor, ChangeStamp stamp)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(successor);
        if (successor.Code == source.Code || successor.Code.Level != source.Level)
        {
            throw Invalid(source.Code.ToString(), "recode", "the new code must differ and sit at the same level");
        }

        CheckCanEnd(source, effectiveOn);
        return Apply([source], effectiveOn, [successor], LineageChange.Recode, stamp, endSources: true)[0];
    }

    private static List<Jurisdiction> Apply(IReadOnlyList<Jurisdiction> sources, LocalDate effectiveOn, IReadOnlyList<JurisdictionPart> parts, LineageChange change, ChangeStamp stamp, bool endSources)
    {
        var predecessors = sources.Select(s => new LineageLink(s.Code, effectiveOn, change)).ToArray();
        var created = parts
            .Select(p => Jurisdiction.Establish(p.Code, effectiveOn, p.Name, p.Kind, stamp, p.EnglishName, predecessors))
            .ToList();
        var successors = parts.Select(p => new LineageLink(p.Code, effectiveOn, change)).ToArray();
        foreach (var source in sources)
        {
            if (endSources)
            {
                source.Abolish(effectiveOn, stamp);
            }

            source.RecordSuccessors(successors, stamp);
        }

        return created;
    }

    private static void CheckParts(Jurisdiction source, IReadOnlyList<JurisdictionPart> parts, int minimum, string operation)
    {
        if (parts.Count < minimum
            || parts.Any(p => p is null || p.Code == source.Code || p.Code.Level != source.Level)
            || parts.DistinctBy(p => p.Code).Count() != parts.Count)
        {
            throw Invalid(source.Code.ToString(), operation, $"at least {minimum} distinct new codes at the source's level are needed");
        }
    }

    private static void CheckSources(IReadOnlyList<Jurisdiction> sources, Fengqiao.Jurisdictions.JurisdictionCode target)
    {
        if (sources.Count < 2 || sources.DistinctBy(s => s.Code).Count() != sources.Count || sources.Any(s => s.Code == target))
        {
            throw Invalid(target.ToString(), "merge", "at least two distinct sources other than the merged code are needed");
        }
    }

    // Abolishing checks the same; checking all sources before changing any keeps the operation atomic.
    private static void CheckCanEnd(Jurisdiction source, LocalDate effectiveOn)
    {
        VersionHistory.EnsureOpen(source.Current.Validity, nameof(Jurisdiction), source.Code.ToString());
        if (effectiveOn <= source.Current.Validity.ValidFrom)
        {
            throw VersionHistory.OutOfOrder(nameof(Jurisdiction), source.Code.ToString(), effectiveOn, source.Current.Validity.ValidFrom);
        }
    }

    private static Errors.ValidationException Invalid(string code, string operation, string reason) =>
        GridMessages.Invalid(GridErrorCodes.LineageInvalid, operation, operation, code, reason);
}
