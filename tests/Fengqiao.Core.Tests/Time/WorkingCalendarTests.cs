using System.Globalization;
using Fengqiao.Errors;
using Fengqiao.Time;
using NodaTime;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday worked for the Spring Festival
    [InlineData("2025-01-27", true)]
    [InlineData("2025-01-28", false)] // Spring Festival eve, first day off
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-04", false)] // last day off, a Tuesday
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-08", true)]  // Saturday worked
    [InlineData("2025-02-09", false)] // ordinary Sunday
    public void Spring_Festival_2025_with_its_swapped_working_days(string date, bool working)
    {
        Assert.Equal(working, National.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)]  // Saturday worked
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-17", false)] // Spring Festival, a Tuesday
    [InlineData("2026-02-23", false)] // last of nine days off, a Monday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // Saturday worked
    [InlineData("2026-03-01", false)]
    public void Spring_Festival_2026_with_its_swapped_working_days(string date, bool working)
    {
        Assert.Equal(working, National.IsWorkingDay(D(date)));
    }

    [Fact]
    public void National_Day_2025_is_eight_days_off_between_two_worked_weekend_days()
    {
        var days = Enumerable.Range(0, 16).Select(i => D("2025-09-27").PlusDays(i)).ToList();
        var working = days.Where(National.IsWorkingDay).Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture));

        // 27 Sat off, 28 Sun worked, 29-30 worked, 1-8 Oct off, 9-10 worked, 11 Sat worked, 12 Sun off.
        Assert.Equal(["09-28", "09-29", "09-30", "10-09", "10-10", "10-11"], working);
        Assert.All(days.Where(d => d.Month == 10 && d.Day <= 8), d => Assert.Equal("national-day-mid-autumn", National.GetHoliday(d)!.Key));
    }

    [Theory]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_year_has_the_working_days_the_schedule_gives(int year, int expected)
    {
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        var counted = Enumerable.Range(0, Period.DaysBetween(first, last) + 1).Count(i => National.IsWorkingDay(first.PlusDays(i)));

        Assert.Equal(expected, counted);
        Assert.False(National.IsWorkingDay(first)); // New Year's Day, so "after 1 January" counts the whole year
        Assert.Equal(expected, National.WorkingDaysBetween(first, last));
    }

    [Theory]
    [InlineData("2025-09-26", 1, "2025-09-28")]  // Friday + 1: the Sunday that is worked
    [InlineData("2025-09-28", 1, "2025-09-29")]
    [InlineData("2025-09-30", 1, "2025-10-09")]  // across the whole National Day break
    [InlineData("2025-09-26", 5, "2025-10-10")]
    [InlineData("2025-09-26", 6, "2025-10-11")]  // the Saturday that is worked
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-10-03", 1, "2025-10-09")]  // from inside the break
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 1, "2025-02-05")]  // across the Spring Festival
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2025-12-31", 1, "2026-01-04")]  // across New Year into the next year's data: the Sunday worked in 2026
    [InlineData("2025-12-31", 2, "2026-01-05")]
    [InlineData("2025-10-09", -1, "2025-09-30")] // back across the break
    [InlineData("2025-10-09", -3, "2025-09-28")]
    [InlineData("2025-10-05", -1, "2025-09-30")] // back from inside the break
    [InlineData("2025-10-05", 0, "2025-10-05")]  // zero: the date itself, even a day off
    public void AddWorkingDays_counts_from_the_working_day_after_from(string from, int n, string expected)
    {
        Assert.Equal(D(expected), National.AddWorkingDays(D(from), n));
    }

    [Theory]
    [InlineData("2025-09-26", "2025-10-12", 6)]
    [InlineData("2025-09-30", "2025-10-09", 1)]
    [InlineData("2025-09-30", "2025-10-08", 0)]
    [InlineData("2025-10-01", "2025-10-01", 0)]
    [InlineData("2025-09-27", "2025-09-28", 1)]  // the worked Sunday counts
    [InlineData("2025-01-24", "2025-02-09", 6)]  // 26 (Sun), 27 Jan, 5-7 Feb and Saturday 8 Feb
    [InlineData("2025-10-12", "2025-09-26", -6)] // reversed: the negative count
    [InlineData("2025-12-31", "2026-01-04", 1)]
    [InlineData("2025-01-01", "2026-12-31", 248 + 248)]
    public void WorkingDaysBetween_counts_after_from_up_to_and_including_to(string from, string to, int expected)
    {
        Assert.Equal(expected, National.WorkingDaysBetween(D(from), D(to)));
    }

    [Theory]
    [InlineData("2024-12-31", 2024)]
    [InlineData("2027-01-01", 2027)]
    [InlineData("1999-06-01", 1999)]
    public void A_date_in_a_year_without_data_is_an_error_not_a_guess(string date, int year)
    {
        var d = D(date);
        AssertNotCovered(() => National.IsWorkingDay(d), year, "date");
        AssertNotCovered(() => National.GetHoliday(d), year, "date");
        AssertNotCovered(() => National.AddWorkingDays(d, 1), year, "from");
        AssertNotCovered(() => National.AddWorkingDays(d, 0), year, "from");
        AssertNotCovered(() => National.WorkingDaysBetween(D("2025-06-01"), d), year, "to");
        AssertNotCovered(() => National.WorkingDaysBetween(d, D("2025-06-01")), year, "from");
    }

    [Fact]
    public void Counting_past_the_last_year_loaded_fails_cleanly()
    {
        // 30 and 31 December 2026 are the last working days with data.
        Assert.Equal(D("2026-12-31"), National.AddWorkingDays(D("2026-12-29"), 2));
        AssertNotCovered(() => National.AddWorkingDays(D("2026-12-29"), 3), 2027, "workingDays");
        AssertNotCovered(() => National.AddWorkingDays(D("2025-06-01"), int.MaxValue), 2027, "workingDays");
        AssertNotCovered(() => National.AddWorkingDays(D("2025-01-03"), -2), 2024, "workingDays");
        AssertNotCovered(() => National.AddWorkingDays(D("2026-06-01"), int.MinValue), 2024, "workingDays");
    }

    [Fact]
    public void The_missing_year_message_names_the_year_in_english_and_chinese()
    {
        var english = InCulture("en-US", () => Record.Exception(() => National.IsWorkingDay(D("2027-03-01"))));
        var chinese = InCulture("zh-CN", () => Record.Exception(() => National.IsWorkingDay(D("2027-03-01"))));

        Assert.Contains("no data for the year 2027", english.Message, StringComparison.Ordinal);
        Assert.Contains("2025, 2026", english.Message, StringComparison.Ordinal);
        Assert.Contains("工作日历缺少2027年的数据", chinese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Holiday_lookup_names_the_holiday_of_a_day_off_in_both_languages()
    {
        var holiday = National.GetHoliday(D("2026-02-17"))!;

        Assert.Equal("spring-festival", holiday.Key);
        Assert.Equal("春节", holiday.ChineseName);
        Assert.Equal("Spring Festival", holiday.EnglishName);
        Assert.Equal("春节", holiday.GetName(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Spring Festival", holiday.GetName(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Null(holiday.Region);
        Assert.False(holiday.IsExample);
        Assert.Equal([new DateInterval(D("2026-02-15"), D("2026-02-23"))], holiday.DaysOff);
        Assert.Equal([D("2026-02-14"), D("2026-02-28")], holiday.WorkingDays);
        Assert.Equal("春节 Spring Festival (2026)", holiday.ToString());
    }

    [Theory]
    [InlineData("2025-01-26")] // a swapped working day belongs to no day off
    [InlineData("2025-03-08")] // an ordinary Saturday
    [InlineData("2025-03-10")]
    public void Holiday_lookup_is_empty_outside_days_off(string date)
    {
        Assert.Null(National.GetHoliday(D(date)));
    }

    [Fact]
    public void The_national_data_has_every_holiday_of_both_years_named_in_both_languages()
    {
        var names = National.Holidays.Select(h => $"{h.Year} {h.ChineseName}/{h.EnglishName}").ToList();

        Assert.Equal(
            [
                "2025 元旦/New Year's Day", "2025 春节/Spring Festival", "2025 清明节/Qingming Festival",
                "2025 劳动节/Labour Day", "2025 端午节/Dragon Boat Festival",
                "2025 国庆节、中秋节/National Day and Mid-Autumn Festival",
                "2026 元旦/New Year's Day", "2026 春节/Spring Festival", "2026 清明节/Qingming Festival",
                "2026 劳动节/Labour Day", "2026 端午节/Dragon Boat Festival", "2026 中秋节/Mid-Autumn Festival",
                "2026 国庆节/National Day",
            ],
            names);
        Assert.Equal(new[] { 2025, 2026 }, National.Years);
        Assert.True(National.IsYearCovered(2026));
        Assert.False(National.IsYearCovered(2027));
    }

    [Fact]
    public void Dates_of_another_calendar_system_are_read_as_the_same_day()
    {
        var julian = D("2025-10-01").WithCalendar(CalendarSystem.Julian);

        Assert.False(National.IsWorkingDay(julian));
        Assert.Equal(D("2025-10-09"), National.AddWorkingDays(julian, 1));
    }

    internal static void AssertNotCovered(Func<object?> call, int year, string field)
    {
        var error = Assert.Throws<ValidationException>(() => call());
        Assert.Equal(ErrorCodes.CalendarYearNotCovered, error.Code);
        Assert.Equal("Calendar.YearNotCovered", error.Code);
        Assert.Equal(field, error.Field);
        Assert.Contains(year.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    internal static T InCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
