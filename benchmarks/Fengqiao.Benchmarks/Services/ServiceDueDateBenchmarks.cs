using BenchmarkDotNet.Attributes;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Grids;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Benchmarks.Services;

/// <summary>
/// Due dates of 1,000,000 service requests (办理期限) across the catalog's working-day services, at a
/// station under the Tibet overlay: <see cref="ServiceTimeLimit.DueDate"/> on the precomputed working
/// calendar against a day-by-day loop over the same holidays and swapped working days (the baseline).
/// </summary>
[MemoryDiagnoser]
public class ServiceDueDateBenchmarks
{
    private const int Requests = 1_000_000;

    private WorkingCalendar _calendar = null!;
    private ServiceTimeLimit[] _limits = null!;
    private LocalDate[] _submitted = null!;
    private HashSet<LocalDate> _daysOff = null!;
    private HashSet<LocalDate> _swappedWorkingDays = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendarSet.Embedded.GetCalendar(JurisdictionCode.Parse("540127200"));
        // National holidays first, then the regional overlay, which wins where both speak of a day.
        _daysOff = [];
        _swappedWorkingDays = [];
        foreach (var holiday in _calendar.Holidays.OrderBy(h => h.Region is null ? 0 : 1))
        {
            foreach (var day in holiday.DaysOff.SelectMany(i => Enumerable.Range(0, Period.Between(i.Start, i.End, PeriodUnits.Days).Days + 1).Select(d => i.Start.PlusDays(d))))
            {
                _daysOff.Add(day);
                _swappedWorkingDays.Remove(day);
            }

            foreach (var day in holiday.WorkingDays)
            {
                _swappedWorkingDays.Add(day);
                _daysOff.Remove(day);
            }
        }
        var limits = ServiceCatalogSeed.LoadEmbedded().Build(new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "bench"))
            .Select(s => s.Current.TimeLimit)
            .Where(l => l.WorkingDays is not null)
            .ToArray();
        var random = new Random(20261123);
        var first = new LocalDate(2025, 1, 1);
        _limits = new ServiceTimeLimit[Requests];
        _submitted = new LocalDate[Requests];
        for (var i = 0; i < Requests; i++)
        {
            _limits[i] = limits[random.Next(limits.Length)];
            _submitted[i] = first.PlusDays(random.Next(0, 640)); // up to early October 2026, so 20 working days stay inside the data
        }

        for (var i = 0; i < 1000; i++)
        {
            if (_limits[i].DueDate(_submitted[i], _calendar) != DayByDay(_submitted[i], _limits[i].WorkingDays!.Value))
            {
                throw new InvalidOperationException($"The two implementations disagree for request {i}.");
            }
        }
    }

    /// <summary>The obvious loop: step one day at a time, asking the holiday sets about each day.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int DueDate_DayByDay()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += DayByDay(_submitted[i], _limits[i].WorkingDays!.Value).Day;
        }

        return checksum;
    }

    /// <summary>The library: the catalog's time limit on the station's precomputed calendar.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public int DueDate_Library()
    {
        var checksum = 0;
        for (var i = 0; i < Requests; i++)
        {
            checksum += _limits[i].DueDate(_submitted[i], _calendar).Day;
        }

        return checksum;
    }

    private LocalDate DayByDay(LocalDate from, int workingDays)
    {
        var day = from;
        while (workingDays > 0)
        {
            day = day.PlusDays(1);
            var working = _swappedWorkingDays.Contains(day) || (!_daysOff.Contains(day) && day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
            if (working)
            {
                workingDays--;
            }
        }

        return day;
    }
}
