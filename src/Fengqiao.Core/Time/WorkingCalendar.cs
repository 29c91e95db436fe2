using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Time;

/// <summary>
/// The official working calendar (工作日历) of one place: which civil dates are working days
/// (工作日), after the State Council's holidays and swapped working days (调休) and the overlays of
/// the regions the place lies in. Obtain one from <see cref="WorkingCalendarSet.GetCalendar"/>.
/// </summary>
/// <remarks>
/// <para>
/// Monday to Friday are working days and Saturday and Sunday are not, unless the data says
/// otherwise. A date in a year without data raises a <see cref="ValidationException"/> with code
/// <see cref="ErrorCodes.CalendarYearNotCovered"/>: the calendar never guesses a plain
/// Monday–Friday week, because a guessed due date across an unpublished Spring Festival is wrong
/// by a week.
/// </para>
/// <para>
/// Everything is precomputed when the calendar is built — a bitmap of working days, the running
/// count of working days, and the list of working dates — so <see cref="IsWorkingDay"/>,
/// <see cref="WorkingDaysBetween"/> and <see cref="AddWorkingDays"/> take constant time and
/// allocate nothing. Instances are immutable and safe to share between threads.
/// </para>
/// <para>Dates in another calendar system are converted to ISO first; results are ISO dates.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    private const int NoHoliday = -1;

    private readonly int _firstYear;
    private readonly bool[] _covered;          // per year from _firstYear: has national data
    private readonly int[] _gapsBefore;        // per year: how many uncovered years precede it
    private readonly int[] _yearStart;         // per year: index of its 1 January
    private readonly int[] _monthStart;        // per year and month: index of its first day
    private readonly ulong[] _workingBits;     // per day: 1 = working day
    private readonly int[] _workingBefore;     // per day index i: working days with index < i
    private readonly LocalDate[] _workingDates; // the working days in order: the k-th is at k
    private readonly int[] _holidayOfDay;      // per day: index into Holidays, or NoHoliday
    private readonly string _coveredText;

    internal WorkingCalendar(IReadOnlyList<CalendarYear> national, IReadOnlyList<CalendarYear> overlays, ImmutableArray<JurisdictionCode> overlayRegions)
    {
        OverlayRegions = overlayRegions;
        Years = [.. national.Select(y => y.Year).Order()];
        _coveredText = Years.IsEmpty ? CalendarMessages.Format("Calendar.NoYears") : string.Join(", ", Years);
        _firstYear = Years.IsEmpty ? 0 : Years[0];
        var yearCount = Years.IsEmpty ? 0 : Years[^1] - _firstYear + 1;
        _covered = new bool[yearCount];
        _gapsBefore = new int[yearCount + 1];
        _yearStart = new int[yearCount + 1];
        foreach (var year in Years)
        {
            _covered[year - _firstYear] = true;
        }

        _monthStart = new int[yearCount * 12];
        for (var y = 0; y < yearCount; y++)
        {
            _gapsBefore[y + 1] = _gapsBefore[y] + (_covered[y] ? 0 : 1);
            _yearStart[y + 1] = _yearStart[y] + CalendarSystem.Iso.GetDaysInYear(_firstYear + y);
            _monthStart[y * 12] = _yearStart[y];
            for (var m = 1; m < 12; m++)
            {
                _monthStart[(y * 12) + m] = _monthStart[(y * 12) + m - 1] + CalendarSystem.Iso.GetDaysInMonth(_firstYear + y, m);
            }
        }

        var dayCount = _yearStart[yearCount];
        var working = new bool[dayCount];
        _holidayOfDay = new int[dayCount];
        Array.Fill(_holidayOfDay, NoHoliday);
        MarkWeekdays(working);

        // Later layers win: national first, then overlays from the widest region to the narrowest.
        var layers = national.Concat(overlays).ToList();
        Holidays = [.. layers.SelectMany(l => l.Holidays).OrderBy(FirstDate).ThenBy(h => h.Region?.Level ?? 0)];
        var indexOf = Holidays.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        foreach (var holiday in layers.SelectMany(l => l.Holidays))
        {
            foreach (var interval in holiday.DaysOff)
            {
                for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
                {
                    var i = DayIndex(day);
                    working[i] = false;
                    _holidayOfDay[i] = indexOf[holiday];
                }
            }

            foreach (var day in holiday.WorkingDays)
            {
                var i = DayIndex(day);
                working[i] = true;
                _holidayOfDay[i] = NoHoliday;
            }
        }

        _workingBits = new ulong[(dayCount + 63) / 64];
        _workingBefore = new int[dayCount + 1];
        for (var i = 0; i < dayCount; i++)
        {
            if (working[i])
            {
                _workingBits[i >> 6] |= 1UL << i;
            }

            _workingBefore[i + 1] = _workingBefore[i] + (working[i] ? 1 : 0);
        }

        _workingDates = new LocalDate[_workingBefore[dayCount]];
        var start = Years.IsEmpty ? default : new LocalDate(_firstYear, 1, 1);
        for (int i = 0, k = 0; i < dayCount; i++)
        {
            if (working[i])
            {
                _workingDates[k++] = start.PlusDays(i);
            }
        }
    }

    /// <summary>Gets the years with national data, in order. Dates in other years raise <see cref="ErrorCodes.CalendarYearNotCovered"/>.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Gets the regions whose overlays this calendar applies, from the widest to the narrowest; empty for the national calendar.</summary>
    public ImmutableArray<JurisdictionCode> OverlayRegions { get; }

    /// <summary>Gets every holiday of the calendar's data, national and regional, in date order.</summary>
    public ImmutableArray<Holiday> Holidays { get; }

    /// <summary>Gets a value indicating whether the calendar has data for <paramref name="year"/>.</summary>
    /// <param name="year">The civil year.</param>
    /// <returns><see langword="true"/> when dates of that year can be asked about.</returns>
    public bool IsYearCovered(int year)
    {
        var y = year - _firstYear;
        return (uint)y < (uint)_covered.Length && _covered[y];
    }

    /// <summary>Gets a value indicating whether <paramref name="date"/> is a working day (工作日).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day, including a weekend day worked in exchange (调休上班).</returns>
    /// <exception cref="ValidationException">The date's year has no calendar data (<see cref="ErrorCodes.CalendarYearNotCovered"/>).</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var i = IndexOf(date, nameof(date));
        return (_workingBits[i >> 6] & (1UL << i)) != 0;
    }

    /// <summary>
    /// Counts working days forward or back: the result is the <paramref name="workingDays"/>-th
    /// working day after <paramref name="from"/> — counting starts with the working day after
    /// <paramref name="from"/>, so a request received on a Friday with a one-working-day limit is due
    /// the next Monday (or the Saturday or Sunday that is worked in exchange).
    /// </summary>
    /// <remarks>
    /// <para><paramref name="workingDays"/> = 0 returns <paramref name="from"/> unchanged, even when it is not a working day.</para>
    /// <para>
    /// A negative count mirrors a positive one: <c>-n</c> gives the n-th working day before
    /// <paramref name="from"/>, counting from the working day before it.
    /// </para>
    /// <para>
    /// For every n ≥ 0, <c>WorkingDaysBetween(from, AddWorkingDays(from, n)) == n</c>; for n &lt; 0 the
    /// same holds when <paramref name="from"/> is a working day. For n ≠ 0 the result is a working day.
    /// </para>
    /// </remarks>
    /// <param name="from">The date to count from; it is not counted itself.</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ValidationException">
    /// <paramref name="from"/>, the result or a year between them has no calendar data
    /// (<see cref="ErrorCodes.CalendarYearNotCovered"/>), for instance when the count runs past 31 December of the last year loaded.
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate from, int workingDays)
    {
        var i = IndexOf(from, nameof(from));
        if (workingDays == 0)
        {
            return from;
        }

        // _workingBefore[i] working days lie before from, _workingBefore[i + 1] up to and including it.
        var ordinal = workingDays > 0
            ? (long)_workingBefore[i + 1] + workingDays - 1
            : (long)_workingBefore[i] + workingDays;
        if (ordinal < 0)
        {
            throw NotCovered(_firstYear - 1, nameof(workingDays));
        }

        if (ordinal >= _workingDates.Length)
        {
            throw NotCovered(_firstYear + _covered.Length, nameof(workingDays));
        }

        var result = _workingDates[ordinal];
        EnsureNoGap(Math.Min(from.Year, result.Year), Math.Max(from.Year, result.Year), nameof(workingDays));
        return result;
    }

    /// <summary>
    /// Counts the working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>: the
    /// working days elapsed from one date to another (from 2025-09-30 to 2025-10-09 is 1: 9 October).
    /// </summary>
    /// <remarks>
    /// When <paramref name="to"/> is before <paramref name="from"/> the count is negative:
    /// <c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>. Counts add up:
    /// <c>WorkingDaysBetween(a, b) + WorkingDaysBetween(b, c) == WorkingDaysBetween(a, c)</c> for any a, b, c.
    /// </remarks>
    /// <param name="from">The start, not counted.</param>
    /// <param name="to">The end, counted when it is a working day.</param>
    /// <returns>The number of working days, negative when <paramref name="to"/> is before <paramref name="from"/>.</returns>
    /// <exception cref="ValidationException">A date, or a year between them, has no calendar data (<see cref="ErrorCodes.CalendarYearNotCovered"/>).</exception>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        var a = IndexOf(from, nameof(from));
        var b = IndexOf(to, nameof(to));
        EnsureNoGap(Math.Min(from.Year, to.Year), Math.Max(from.Year, to.Year), nameof(to));
        return _workingBefore[b + 1] - _workingBefore[a + 1];
    }

    /// <summary>Gets the holiday whose days off include <paramref name="date"/>, if any.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday, or <see langword="null"/> when the date is not a holiday day off (a swapped working day is not).</returns>
    /// <exception cref="ValidationException">The date's year has no calendar data (<see cref="ErrorCodes.CalendarYearNotCovered"/>).</exception>
    public Holiday? GetHoliday(LocalDate date)
    {
        var index = _holidayOfDay[IndexOf(date, nameof(date))];
        return index == NoHoliday ? null : Holidays[index];
    }

    /// <summary>Lists the years covered, such as <c>WorkingCalendar 2025, 2026 + 540000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        OverlayRegions.IsEmpty ? $"WorkingCalendar {_coveredText}" : $"WorkingCalendar {_coveredText} + {string.Join(" + ", OverlayRegions)}";

    private static LocalDate FirstDate(Holiday holiday) =>
        holiday.DaysOff.Count > 0 ? holiday.DaysOff[0].Start : holiday.WorkingDays[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(LocalDate date, string field)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var y = date.Year - _firstYear;
        if ((uint)y >= (uint)_covered.Length || !_covered[y])
        {
            throw NotCovered(date.Year, field);
        }

        // Year, month and day are bit fields of a LocalDate; the day of the year would need a calendar lookup.
        return _monthStart[(y * 12) + date.Month - 1] + date.Day - 1;
    }

    // Used while building, for dates the data guarantees to lie in a covered year.
    private int DayIndex(LocalDate date) => _monthStart[((date.Year - _firstYear) * 12) + date.Month - 1] + date.Day - 1;

    private void EnsureNoGap(int fromYear, int toYear, string field)
    {
        if (_gapsBefore[toYear - _firstYear + 1] == _gapsBefore[fromYear - _firstYear])
        {
            return;
        }

        var gap = Enumerable.Range(fromYear, toYear - fromYear + 1).First(y => !IsYearCovered(y));
        throw NotCovered(gap, field);
    }

    private void MarkWeekdays(bool[] working)
    {
        if (working.Length == 0)
        {
            return;
        }

        // ISO weekday numbers run Monday = 1 … Sunday = 7.
        var weekday = (int)new LocalDate(_firstYear, 1, 1).DayOfWeek;
        for (var y = 0; y < _covered.Length; y++)
        {
            for (var i = _yearStart[y]; i < _yearStart[y + 1]; i++)
            {
                working[i] = _covered[y] && weekday <= 5;
                weekday = weekday == 7 ? 1 : weekday + 1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValidationException NotCovered(int year, string field) =>
        CalendarMessages.Error(ErrorCodes.CalendarYearNotCovered, field, year.ToString(CultureInfo.InvariantCulture), _coveredText);
}
