using System.Text;
using Fengqiao.Errors;
using Fengqiao.Time;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class CalendarDataTests
{
    private const string Ok = """{ "key": "ok", "name": { "zh-CN": "测", "en": "T" }, "daysOff": [{ "from": "2025-05-01" }] }""";

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "{", ErrorCodes.CalendarMalformedData, "$" },
        { "[]", ErrorCodes.CalendarMalformedData, "$" },
        { "null", ErrorCodes.CalendarMalformedData, "$" },
        { """{ "formatVersion": 1, "kind": "national", "source": { "publisher": "p", "title": "t" }, "holidays": [] }""", ErrorCodes.CalendarMalformedData, "$" },
        { Year(2025).Replace("\"year\": 2025", "\"year\": \"2025\"", StringComparison.Ordinal), ErrorCodes.CalendarMalformedData, "$.year" },
        { Year(2025).Replace("\"holidays\"", "\"holidayz\": [], \"holidays\"", StringComparison.Ordinal), ErrorCodes.CalendarMalformedData, "$.holidayz" },
        { Year(2025).Replace("\"source\": {", "\"source\": { \"comment\": 1,", StringComparison.Ordinal), ErrorCodes.CalendarMalformedData, "$.source.comment" },
        { Year(2025).Replace("\"holidays\": [", "\"holidays\": [null", StringComparison.Ordinal), ErrorCodes.CalendarMalformedData, "$.holidays[0]" },
        { Year(2025).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal), ErrorCodes.CalendarInvalidValue, "$.formatVersion" },
        { Year(1800), ErrorCodes.CalendarInvalidValue, "$.year" },
        { Year(2025).Replace("national", "provincial", StringComparison.Ordinal), ErrorCodes.CalendarInvalidValue, "$.kind" },
        { Year(2025).Replace("\"kind\": \"national\"", "\"kind\": \"national\", \"region\": \"540000\"", StringComparison.Ordinal), ErrorCodes.CalendarInvalidValue, "$.region" },
        { Year(2025).Replace("\"kind\": \"national\"", "\"kind\": \"regional\"", StringComparison.Ordinal), ErrorCodes.CalendarInvalidValue, "$.region" },
        { Year(2025, "54000"), ErrorCodes.CalendarInvalidValue, "$.region" },
        { Year(2025).Replace("\"publisher\": \"test\"", "\"publisher\": \" \"", StringComparison.Ordinal), ErrorCodes.CalendarInvalidValue, "$.source.publisher" },
        { Year(2025, null, Holiday("x", "{ \"from\": \"2025-13-01\" }")), ErrorCodes.CalendarInvalidValue, "$.holidays[0].daysOff[0].from" },
        { Year(2025, null, Holiday("x", "{ \"from\": \"2025/05/01\" }")), ErrorCodes.CalendarInvalidValue, "$.holidays[0].daysOff[0].from" },
        { Year(2025, null, Holiday("x", Range("2025-05-05", "2025-05-01"))), ErrorCodes.CalendarInvalidValue, "$.holidays[0].daysOff[0]" },
        { Year(2025, null, Holiday("x")), ErrorCodes.CalendarInvalidValue, "$.holidays[0]" },
        { Year(2025, null, Holiday("Spring")), ErrorCodes.CalendarInvalidValue, "$.holidays[0].key" },
        { Year(2025, null, Ok.Replace("\"测\"", "\"\"", StringComparison.Ordinal)), ErrorCodes.CalendarInvalidValue, "$.holidays[0].name.zh-CN" },
        { Year(2025, null, Holiday("x", Range("2025-12-31", "2026-01-01"))), ErrorCodes.CalendarDateOutsideYear, "$.holidays[0].daysOff[0].to" },
        { Year(2025, null, Holiday("x", workingDays: "\"2024-12-29\"")), ErrorCodes.CalendarDateOutsideYear, "$.holidays[0].workingDays[0]" },
        { Year(2025, null, Ok, Holiday("y", Range("2025-04-30", "2025-05-01"))), ErrorCodes.CalendarConflictingEntries, "$.holidays[1].daysOff[0]" },
        { Year(2025, null, Holiday("x", Range("2025-05-01", "2025-05-03"), "\"2025-05-02\"")), ErrorCodes.CalendarConflictingEntries, "$.holidays[0].workingDays[0]" },
        { Year(2025, null, Holiday("x", workingDays: "\"2025-04-27\", \"2025-04-27\"")), ErrorCodes.CalendarConflictingEntries, "$.holidays[0].workingDays[1]" },
        { Year(2025, null, Ok, Ok.Replace("2025-05-01", "2025-06-01", StringComparison.Ordinal)), ErrorCodes.CalendarConflictingEntries, "$.holidays[1].key" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_calendar_data_is_refused_with_a_code_and_the_path_at_fault(string json, string code, string path)
    {
        var error = Assert.Throws<ValidationException>(() => new WorkingCalendarSetBuilder().AddJson(json, "bad.json"));

        Assert.Equal(code, error.Code);
        Assert.Equal("bad.json:" + path, error.Field);
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var error = Assert.Throws<ValidationException>(() => new WorkingCalendarSetBuilder().AddJson("{\n  \"year\": 2025,\n  oops\n}", "cn-2025.json"));

        Assert.Equal(ErrorCodes.CalendarMalformedData, error.Code);
        Assert.Contains("(line 3)", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public void Value_errors_are_explained_in_chinese_too()
    {
        var json = Year(2025, null, Holiday("x", Range("2025-12-31", "2026-01-01")));
        var error = WorkingCalendarTests.InCulture("zh-CN", () => Assert.Throws<ValidationException>(() => new WorkingCalendarSetBuilder().AddJson(json, "a.json")));

        Assert.Equal("日历数据“a.json”：$.holidays[0].daysOff[0].to 处的日期 2026-01-01 不在该文件的年份 2025 内。", error.Message);
    }

    [Fact]
    public void A_year_given_twice_is_refused_when_the_set_is_built()
    {
        var builder = new WorkingCalendarSetBuilder().AddJson(Year(2025), "a.json").AddJson(Year(2025), "b.json");

        var error = Assert.Throws<ValidationException>(builder.Build);
        Assert.Equal(ErrorCodes.CalendarConflictingEntries, error.Code);
        Assert.Equal("b.json:$.year", error.Field);
    }

    [Fact]
    public void The_same_year_of_two_different_regions_is_fine_but_twice_for_one_region_is_not()
    {
        var builder = new WorkingCalendarSetBuilder()
            .AddJson(Year(2025), "cn.json")
            .AddJson(Year(2025, "540000"), "xz.json")
            .AddJson(Year(2025, "650000"), "xj.json");
        builder.Build();

        builder.AddJson(Year(2025, "540000"), "xz-again.json");
        Assert.Equal(ErrorCodes.CalendarConflictingEntries, Assert.Throws<ValidationException>(builder.Build).Code);
    }

    [Fact]
    public void An_overlay_for_a_year_without_national_data_is_refused()
    {
        var builder = new WorkingCalendarSetBuilder().AddJson(Year(2025), "cn.json").AddJson(Year(2026, "540000"), "xz-2026.json");

        var error = Assert.Throws<ValidationException>(builder.Build);
        Assert.Equal(ErrorCodes.CalendarYearNotCovered, error.Code);
        Assert.Equal("xz-2026.json:$.year", error.Field);
    }

    [Fact]
    public void A_gap_between_years_is_an_error_for_any_count_that_crosses_it()
    {
        var set = new WorkingCalendarSetBuilder().AddJson(Year(2025), "2025").AddJson(Year(2027), "2027").Build();
        var calendar = set.National;

        Assert.Equal(new[] { 2025, 2027 }, calendar.Years);
        Assert.True(calendar.IsWorkingDay(D("2027-01-04")));
        WorkingCalendarTests.AssertNotCovered(() => calendar.WorkingDaysBetween(D("2025-12-01"), D("2027-01-04")), 2026, "to");
        WorkingCalendarTests.AssertNotCovered(() => calendar.AddWorkingDays(D("2025-12-31"), 1), 2026, "workingDays");
        WorkingCalendarTests.AssertNotCovered(() => calendar.AddWorkingDays(D("2027-01-01"), -1), 2026, "workingDays");
        WorkingCalendarTests.AssertNotCovered(() => calendar.IsWorkingDay(D("2026-07-01")), 2026, "date");
    }

    [Fact]
    public void A_set_without_data_answers_every_date_with_the_missing_year_error()
    {
        var calendar = new WorkingCalendarSetBuilder().Build().National;

        Assert.Empty(calendar.Years);
        WorkingCalendarTests.AssertNotCovered(() => calendar.IsWorkingDay(D("2025-07-01")), 2025, "date");
    }

    [Fact]
    public void The_seed_directory_and_the_embedded_copy_agree_on_every_day()
    {
        var fromDirectory = new WorkingCalendarSetBuilder().AddDirectory(Path.Combine(SeedsDirectory, "calendars")).Build();
        var embedded = WorkingCalendarSet.Embedded;

        Assert.Equal(embedded.OverlayRegions.AsEnumerable(), fromDirectory.OverlayRegions);
        foreach (var region in new[] { Beijing, Maizhokunggar })
        {
            var a = embedded.GetCalendar(region);
            var b = fromDirectory.GetCalendar(region);
            for (var day = D("2025-01-01"); day.Year <= 2026; day = day.PlusDays(1))
            {
                Assert.Equal(a.IsWorkingDay(day), b.IsWorkingDay(day));
                Assert.Equal(a.GetHoliday(day)?.Key, b.GetHoliday(day)?.Key);
            }
        }
    }

    [Fact]
    public void A_stream_is_read_like_text_and_left_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Year(2025, null, Ok)));

        var set = new WorkingCalendarSetBuilder().AddStream(stream, "stream").Build();

        Assert.False(set.National.IsWorkingDay(D("2025-05-01")));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void A_missing_directory_is_an_io_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new WorkingCalendarSetBuilder().AddDirectory(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
    }
}
