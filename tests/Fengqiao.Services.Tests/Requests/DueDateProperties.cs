using FsCheck;
using FsCheck.Xunit;
using Fengqiao.Services.Requests;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Requests;

public sealed class DueDateProperties
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static ServiceClock ClockOf(bool tibet) => tibet ? Tibet : National;

    [Property(MaxTest = 300)]
    public bool A_due_date_is_always_a_working_day(NonNegativeInt dayOffset, PositiveInt limit, bool tibet)
    {
        var clock = ClockOf(tibet);
        var from = Start.PlusDays(dayOffset.Get % 500);
        var due = clock.Calendar.AddWorkingDays(from, 1 + (limit.Get % 100));
        return clock.Calendar.IsWorkingDay(due) && due > from;
    }

    [Property(MaxTest = 300)]
    public bool Adding_working_days_is_monotone_in_the_count_and_in_the_start(NonNegativeInt dayOffset, NonNegativeInt gap, NonNegativeInt n, NonNegativeInt extra, bool tibet)
    {
        var calendar = ClockOf(tibet).Calendar;
        var from = Start.PlusDays(dayOffset.Get % 450);
        var later = from.PlusDays(gap.Get % 40);
        var days = n.Get % 60;
        var more = days + (extra.Get % 30);
        return calendar.AddWorkingDays(from, days) <= calendar.AddWorkingDays(from, more)
            && calendar.AddWorkingDays(from, days) <= calendar.AddWorkingDays(later, days)
            && (more == days || calendar.AddWorkingDays(from, days) < calendar.AddWorkingDays(from, more));
    }

    [Property(MaxTest = 200)]
    public bool A_request_is_due_on_the_limit_th_working_day_of_its_station(NonNegativeInt dayOffset, bool tibet)
    {
        var date = Start.PlusDays(dayOffset.Get % 500);
        var request = Submit("household-move-in", date.At(new LocalTime(10, 0)).InZoneStrictly(Zone).ToInstant(), tibet ? TibetStation : ShanxiStation);
        var calendar = ClockOf(tibet).Calendar;
        return calendar.IsWorkingDay(request.DueOn!.Value) && calendar.WorkingDaysBetween(date, request.DueOn.Value) == 5;
    }
}
