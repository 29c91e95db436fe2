using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class WorkingCalendarRegionTests
{
    private static readonly WorkingCalendarSet Shipped = WorkingCalendarSet.Embedded;

    [Theory]
    [InlineData("2025-03-03")] // Tibetan New Year (example overlay), a Monday
    [InlineData("2025-03-06")]
    [InlineData("2025-08-25")] // Shoton festival (example overlay)
    [InlineData("2026-02-24")] // the 2026 example extends the Spring Festival break
    [InlineData("2026-08-12")]
    public void The_Tibet_overlay_adds_days_off_inside_Tibet_only(string date)
    {
        var d = D(date);

        Assert.False(Shipped.GetCalendar(Maizhokunggar).IsWorkingDay(d));
        Assert.False(Shipped.GetCalendar(Tibet).IsWorkingDay(d));
        Assert.True(Shipped.GetCalendar(Beijing).IsWorkingDay(d));
        Assert.True(Shipped.National.IsWorkingDay(d));
    }

    [Theory]
    [InlineData("2025-03-08", true)]  // Saturday worked in exchange (example overlay)
    [InlineData("2026-02-28", false)] // a national swapped working Saturday that the example overlay gives off
    public void The_Tibet_overlay_can_turn_a_day_off_into_a_working_day_and_back(string date, bool workingInTibet)
    {
        Assert.Equal(workingInTibet, Shipped.GetCalendar(Maizhokunggar).IsWorkingDay(D(date)));
        Assert.Equal(!workingInTibet, Shipped.GetCalendar(Beijing).IsWorkingDay(D(date)));
    }

    [Fact]
    public void The_overlay_changes_due_dates_and_counts_for_540127_but_not_for_110105()
    {
        var tibet = Shipped.GetCalendar(Maizhokunggar);
        var beijing = Shipped.GetCalendar(Beijing);

        Assert.Equal(D("2025-03-07"), tibet.AddWorkingDays(D("2025-02-27"), 1));
        Assert.Equal(D("2025-02-28"), beijing.AddWorkingDays(D("2025-02-27"), 1));
        Assert.Equal(2, tibet.WorkingDaysBetween(D("2025-02-27"), D("2025-03-09")));  // 7 Mar, Saturday 8 Mar
        Assert.Equal(6, beijing.WorkingDaysBetween(D("2025-02-27"), D("2025-03-09"))); // 28 Feb, 3-7 Mar
        Assert.Equal(D("2026-03-03"), tibet.AddWorkingDays(D("2026-02-13"), 3));      // 14 Feb, 2 Mar, 3 Mar
        Assert.Equal(D("2026-02-25"), beijing.AddWorkingDays(D("2026-02-13"), 3));    // 14, 24, 25 Feb
    }

    [Fact]
    public void An_overlay_holiday_is_found_by_lookup_and_marked_as_example()
    {
        var holiday = Shipped.GetCalendar(Maizhokunggar).GetHoliday(D("2025-03-03"))!;

        Assert.Equal("藏历新年", holiday.ChineseName);
        Assert.Equal("Tibetan New Year (Losar)", holiday.EnglishName);
        Assert.Equal(Tibet, holiday.Region);
        Assert.True(holiday.IsExample);
        Assert.Equal("雪顿节", Shipped.GetCalendar(Maizhokunggar).GetHoliday(D("2026-08-13"))!.ChineseName);
        Assert.Null(Shipped.GetCalendar(Beijing).GetHoliday(D("2025-03-03")));
    }

    [Fact]
    public void National_days_off_still_apply_inside_a_region()
    {
        var tibet = Shipped.GetCalendar(Maizhokunggar);

        Assert.False(tibet.IsWorkingDay(D("2025-10-03")));
        Assert.Equal("春节", tibet.GetHoliday(D("2026-02-17"))!.ChineseName);
        Assert.Equal(new[] { Tibet }, tibet.OverlayRegions);
        Assert.Empty(Shipped.National.OverlayRegions);
    }

    [Fact]
    public void A_missing_or_empty_region_gets_the_national_calendar()
    {
        Assert.Same(Shipped.National, Shipped.GetCalendar(null));
        Assert.Same(Shipped.National, Shipped.GetCalendar(default(JurisdictionCode)));
        Assert.Same(Shipped.National, Shipped.GetCalendar(Beijing));
    }

    [Fact]
    public void Every_code_inside_a_region_shares_one_calendar()
    {
        var county = Shipped.GetCalendar(Maizhokunggar);

        Assert.Same(county, Shipped.GetCalendar(JurisdictionCode.Parse("540127100201001")));
        Assert.Same(county, Shipped.GetCalendar(Tibet));
    }

    [Fact]
    public void Nested_overlays_all_apply_and_the_narrower_one_wins()
    {
        var set = NestedSet(reversed: false);
        var lhasaCounty = set.GetCalendar(Maizhokunggar);
        var shigatse = set.GetCalendar(Shigatse);
        var beijing = set.GetCalendar(Beijing);

        // 540000 gives 3-4 March off; 540100 works 4 March and gives 5 March off.
        Assert.Equal([false, true, false], Days(lhasaCounty));
        Assert.Equal([false, false, true], Days(shigatse));
        Assert.Equal([true, true, true], Days(beijing));
        Assert.Equal(new[] { Tibet, Lhasa }, lhasaCounty.OverlayRegions);
        Assert.Equal(new[] { Tibet }, shigatse.OverlayRegions);
        Assert.Equal(new[] { Tibet, Lhasa }, set.OverlayRegions);
        Assert.Equal("lhasa-day", lhasaCounty.GetHoliday(D("2025-03-05"))!.Key);
        Assert.Null(lhasaCounty.GetHoliday(D("2025-03-04")));
    }

    [Fact]
    public void The_order_in_which_overlays_are_added_does_not_matter()
    {
        Assert.Equal(Days(NestedSet(reversed: false).GetCalendar(Maizhokunggar)), Days(NestedSet(reversed: true).GetCalendar(Maizhokunggar)));
    }

    [Fact]
    public void An_overlay_can_give_back_a_national_day_off_as_a_working_day()
    {
        var set = new WorkingCalendarSetBuilder()
            .AddJson(Year(2025, null, Holiday("labour-day", Range("2025-05-01", "2025-05-05"))), "national")
            .AddJson(Year(2025, "540000", Holiday("worked", workingDays: "\"2025-05-05\"")), "tibet")
            .Build();

        Assert.True(set.GetCalendar(Maizhokunggar).IsWorkingDay(D("2025-05-05")));
        Assert.Null(set.GetCalendar(Maizhokunggar).GetHoliday(D("2025-05-05")));
        Assert.False(set.National.IsWorkingDay(D("2025-05-05")));
    }

    [Fact]
    public void A_year_without_an_overlay_file_uses_the_national_data_alone()
    {
        var set = new WorkingCalendarSetBuilder()
            .AddJson(Year(2025), "national-2025")
            .AddJson(Year(2026), "national-2026")
            .AddJson(Year(2025, "540000", Holiday("x", Range("2025-03-03", "2025-03-03"))), "tibet-2025")
            .Build();

        Assert.True(set.GetCalendar(Maizhokunggar).IsWorkingDay(D("2026-03-03")));
        Assert.Equal(new[] { 2025, 2026 }, set.GetCalendar(Maizhokunggar).Years);
    }

    private static bool[] Days(WorkingCalendar calendar) =>
        [.. new[] { "2025-03-03", "2025-03-04", "2025-03-05" }.Select(d => calendar.IsWorkingDay(D(d)))];

    private static WorkingCalendarSet NestedSet(bool reversed)
    {
        var files = new List<(string Json, string Name)>
        {
            (Year(2025), "national"),
            (Year(2025, "540000", Holiday("tibet-days", Range("2025-03-03", "2025-03-04"))), "tibet"),
            (Year(2025, "540100", Holiday("lhasa-day", Range("2025-03-05", "2025-03-05"), "\"2025-03-04\"")), "lhasa"),
        };
        if (reversed)
        {
            files.Reverse();
        }

        var builder = new WorkingCalendarSetBuilder();
        files.ForEach(f => builder.AddJson(f.Json, f.Name));
        return builder.Build();
    }
}
