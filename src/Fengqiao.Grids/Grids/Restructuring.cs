using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// The mechanics shared by division and grid splits, merges and recodes: validate every source
/// and part first, then end the sources, create the successors and link both sides.
/// </summary>
internal static class Restructuring
{
    public static List<T> Split<T>(T source, LocalDate effectiveOn, IReadOnlyList<JurisdictionCode> parts, bool sourceContinues, ChangeStamp stamp, Func<IReadOnlyList<LineageLink>, List<T>> create)
        where T : ILineageSubject
    {
        CheckParts(source.Code, parts, sourceContinues ? 1 : 2, "split");
        CheckCanEnd(source, effectiveOn);
        return Apply([source], effectiveOn, parts, LineageChange.Split, stamp, endSources: !sourceContinues, create);
    }

    public static T Merge<T>(IReadOnlyList<T> sources, LocalDate effectiveOn, JurisdictionCode merged, ChangeStamp stamp, Func<IReadOnlyList<LineageLink>, List<T>> create)
        where T : ILineageSubject
    {
        if (sources.Count < 2 || sources.DistinctBy(s => s.Code).Count() != sources.Count || sources.Any(s => s.Code == merged))
        {
            throw Invalid(merged, "merge", "at least two distinct sources other than the merged code are needed");
        }

        foreach (var source in sources)
        {
            CheckParts(source.Code, [merged], 1, "merge");
            CheckCanEnd(source, effectiveOn);
        }

        return Apply(sources, effectiveOn, [merged], LineageChange.Merge, stamp, endSources: true, create)[0];
    }

    public static void MergeInto<T>(T survivor, IReadOnlyList<T> absorbed, LocalDate effectiveOn, ChangeStamp stamp)
        where T : ILineageSubject
    {
        if (absorbed.Count == 0 || absorbed.Any(a => a.Code == survivor.Code || a.Code.Level != survivor.Code.Level) || absorbed.DistinctBy(a => a.Code).Count() != absorbed.Count)
        {
            throw Invalid(survivor.Code, "merge", "absorbed records must be distinct, other than the survivor and at its level");
        }

        if (!survivor.ExistsOn(effectiveOn))
        {
            throw Invalid(survivor.Code, "merge", "the survivor does not exist on the effective date");
        }

        foreach (var source in absorbed)
        {
            CheckCanEnd(source, effectiveOn);
        }

        var link = new LineageLink(survivor.Code, effectiveOn, LineageChange.Merge);
        foreach (var source in absorbed)
        {
            source.EndOn(effectiveOn, stamp);
            source.RecordSuccessors([link], stamp);
        }

        survivor.AddPredecessors(absorbed.Select(a => new LineageLink(a.Code, effectiveOn, LineageChange.Merge)));
    }

    public static T Recode<T>(T source, LocalDate effectiveOn, JurisdictionCode successor, ChangeStamp stamp, Func<IReadOnlyList<LineageLink>, List<T>> create)
        where T : ILineageSubject
    {
        CheckParts(source.Code, [successor], 1, "recode");
        CheckCanEnd(source, effectiveOn);
        return Apply([source], effectiveOn, [successor], LineageChange.Recode, stamp, endSources: true, create)[0];
    }

    private static List<T> Apply<T>(IReadOnlyList<T> sources, LocalDate effectiveOn, IReadOnlyList<JurisdictionCode> parts, LineageChange change, ChangeStamp stamp, bool endSources, Func<IReadOnlyList<LineageLink>, List<T>> create)
        where T : ILineageSubject
    {
        var created = create([.. sources.Select(s => new LineageLink(s.Code, effectiveOn, change))]);
        LineageLink[] successors = [.. parts.Select(p => new LineageLink(p, effectiveOn, change))];
        foreach (var source in sources)
        {
            if (endSources)
            {
                source.EndOn(effectiveOn, stamp);
            }

            source.RecordSuccessors(successors, stamp);
        }

        return created;
    }

    private static void CheckParts(JurisdictionCode source, IReadOnlyList<JurisdictionCode> parts, int minimum, string operation)
    {
        if (parts.Count < minimum || parts.Any(p => p == source || p.Level != source.Level) || parts.Distinct().Count() != parts.Count)
        {
            throw Invalid(source, operation, $"at least {minimum} distinct new codes at the source's level are needed");
        }
    }

    // Ending checks the same; checking every source before changing any keeps the operation atomic.
    private static void CheckCanEnd(ILineageSubject source, LocalDate effectiveOn)
    {
        var kind = source.GetType().Name;
        VersionHistory.EnsureOpen(source.CurrentValidity, kind, source.Code.ToString());
        if (effectiveOn <= source.CurrentValidity.ValidFrom)
        {
            throw VersionHistory.OutOfOrder(kind, source.Code.ToString(), effectiveOn, source.CurrentValidity.ValidFrom);
        }
    }

    private static Errors.ValidationException Invalid(JurisdictionCode code, string operation, string reason) =>
        GridMessages.Invalid(GridErrorCodes.LineageInvalid, operation, operation, code.ToString(), reason);
}
