using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Benchmarks.Time;

/// <summary>
/// Due dates and working-day counts for 1,000,000 service requests: the precomputed
/// <see cref="WorkingCalendar"/> against the obvious loop over a set of holidays and swapped
/// working days, one day at a time. Figures are per request.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingCalendarBenchmarks
{
    private const int Requests = 1_000_000;

    private WorkingCalendar _calendar = null!;
    private DayByDayCalendar _dayByDay = null!;
    private LocalDate[] _from = null!;
    private LocalDate[] _to = null!;
    private int[] _workingDays = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The county with the (example) Tibet overlay: national and regional days both count.
        _calendar = WorkingCalendarSet.Embedded.GetCalendar(JurisdictionCode.Parse("540127"));
        _dayByDay = new DayByDayCalendar(_calendar.Holidays);
        var random = new Random(20250101);
        var first = new LocalDate(2025, 1, 1);
        _from = new LocalDate[Requests];
        _to = new LocalDate[Requests];
        _workingDays = new int[Requests];
        for (var i = 0; i < Requests; i++)
        {
            _from[i] = first.PlusDays(random.Next(0, 640)); // requests received up to early October 2026
            _workingDays[i] = random.Next(1, 21);           // time limits of 1 to 20 working days
            _to[i] = _from[i].PlusDays(random.Next(0, 61)); // spans of up to two months
        }

        for (var i = 0; i < 1000; i++)
        {
            if (_calendar.AddWorkingDays(_from[i], _workingDays[i]) != _dayByDay.AddWorkingDays(_from[i], _workingDays[i])
                || _calendar.WorkingDaysBetween(_from[i], _to[i]) != _dayByDay.WorkingDaysBetween(_from[i], _to[i]))
            {
                throw new InvalidOperationException($"The two implementations disagree for request {i}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_DayByDay()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += _dayByDay.AddWorkingDays(_from[i], _workingDays[i]).Day;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_Precomputed()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += _calendar.AddWorkingDays(_from[i], _workingDays[i]).Day;
        }

        return checksum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_DayByDay()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += _dayByDay.WorkingDaysBetween(_from[i], _to[i]);
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_Precomputed()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += _calendar.WorkingDaysBetween(_from[i], _to[i]);
        }

        return checksum;
    }

    /// <summary>The raw baseline: a set of days off and a set of swapped working days, walked one day at a time.</summary>
    private sealed class DayByDayCalendar
    {
        private readonly HashSet<LocalDate> _daysOff = [];
        private readonly HashSet<LocalDate> _workedWeekendDays = [];

        public DayByDayCalendar(IEnumerable<Holiday> holidays)
        {
            // Holidays come national first, then the overlay, so a later entry overrides an earlier one.
            foreach (var holiday in holidays.OrderBy(h => h.Region is null ? 0 : 1))
            {
                foreach (var interval in holiday.DaysOff)
                {
                    foreach (var day in interval)
                    {
                        _daysOff.Add(day);
                        _workedWeekendDays.Remove(day);
                    }
                }

                foreach (var day in holiday.WorkingDays)
                {
                    _workedWeekendDays.Add(day);
                    _daysOff.Remove(day);
                }
            }
        }

        public LocalDate AddWorkingDays(LocalDate from, int workingDays)
        {
            var date = from;
            for (var left = workingDays; left > 0;)
            {
                date = date.PlusDays(1);
                left -= IsWorkingDay(date) ? 1 : 0;
            }

            return date;
        }

        public int WorkingDaysBetween(LocalDate from, LocalDate to)
        {
            var count = 0;
            for (var date = from.PlusDays(1); date <= to; date = date.PlusDays(1))
            {
                count += IsWorkingDay(date) ? 1 : 0;
            }

            return count;
        }

        private bool IsWorkingDay(LocalDate date) =>
            _workedWeekendDays.Contains(date)
            || (!_daysOff.Contains(date) && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }
}
