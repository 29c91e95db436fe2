using System.Collections.Concurrent;
using System.Collections.Immutable;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Time;

/// <summary>
/// The working calendars of a country (工作日历集): the national calendar and the regional
/// overlays, answering which calendar applies to a jurisdiction. An overlay applies to its region
/// and every jurisdiction inside it (540000 Tibet covers 540127 Maizhokunggar county); nested
/// overlays all apply, the narrower one winning on a date both give.
/// </summary>
/// <remarks>
/// Build one with <see cref="WorkingCalendarSetBuilder"/>, or use <see cref="Embedded"/>, the data
/// shipped with the library. Immutable and thread-safe; the calendar of each combination of
/// overlays is built once, on first use.
/// </remarks>
public sealed class WorkingCalendarSet
{
    private static readonly Lazy<WorkingCalendarSet> EmbeddedSet =
        new(() => new WorkingCalendarSetBuilder().AddEmbeddedCalendars().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<CalendarYear> _national;
    private readonly ImmutableArray<CalendarYear> _overlays;

    // Keyed by the narrowest overlay region that applies: every wider one that applies contains it,
    // so that one region decides the calendar, and millions of village codes share a handful of entries.
    private readonly ConcurrentDictionary<JurisdictionCode, WorkingCalendar> _byNarrowestRegion = new();

    internal WorkingCalendarSet(IReadOnlyList<CalendarYear> national, IReadOnlyList<CalendarYear> overlays)
    {
        _national = national;
        _overlays = [.. overlays.OrderBy(o => o.Region!.Value.Level).ThenBy(o => o.Region!.Value).ThenBy(o => o.Year)];
        OverlayRegions = [.. _overlays.Select(o => o.Region!.Value).Distinct()];
        National = new WorkingCalendar(national, [], []);
    }

    /// <summary>
    /// Gets the calendars shipped inside the library (the files of <c>seeds/calendars/</c>): the
    /// national schedules for 2025 and 2026 and an example Tibet overlay.
    /// </summary>
    public static WorkingCalendarSet Embedded => EmbeddedSet.Value;

    /// <summary>Gets the national calendar, without any regional overlay.</summary>
    public WorkingCalendar National { get; }

    /// <summary>Gets the regions that have overlays, from the widest to the narrowest.</summary>
    public ImmutableArray<JurisdictionCode> OverlayRegions { get; }

    /// <summary>Gets the calendar that applies in a jurisdiction: the national one plus every overlay whose region contains it.</summary>
    /// <param name="region">The jurisdiction (any level, down to a grid); <see langword="null"/> or empty for the national calendar.</param>
    /// <returns>The calendar.</returns>
    public WorkingCalendar GetCalendar(JurisdictionCode? region)
    {
        if (region is not { IsEmpty: false } code)
        {
            return National;
        }

        JurisdictionCode? narrowest = null;
        foreach (var overlayRegion in OverlayRegions)
        {
            if (overlayRegion.Contains(code))
            {
                narrowest = overlayRegion; // regions are ordered widest first
            }
        }

        return narrowest is { } key
            ? _byNarrowestRegion.GetOrAdd(key, static (r, set) => set.BuildCalendar(r), this)
            : National;
    }

    private WorkingCalendar BuildCalendar(JurisdictionCode narrowest)
    {
        var applicable = _overlays.Where(o => o.Region!.Value.Contains(narrowest)).ToList();
        return new WorkingCalendar(_national, applicable, [.. applicable.Select(o => o.Region!.Value).Distinct()]);
    }
}
