namespace Fengqiao.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public async Task Due_counts_from_the_working_day_after_from_and_lands_on_a_worked_sunday()
    {
        var result = await CliHarness.RunAsync("calendar", "due", "--from", "2025-09-26", "--working-days", "1", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2025-09-26", result.Json.GetProperty("from").GetString());
        Assert.Equal(1, result.Json.GetProperty("workingDays").GetInt32());
        Assert.Equal("2025-09-28", result.Json.GetProperty("due").GetString());
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("2025-09-30", "1", "2025-10-09")]  // across National Day
    [InlineData("2025-01-27", "1", "2025-02-05")]  // across the Spring Festival
    [InlineData("2026-02-13", "2", "2026-02-24")]
    [InlineData("2025-10-09", "-1", "2025-09-30")] // counting back
    public async Task Due_skips_holidays(string from, string n, string due)
    {
        var result = await CliHarness.RunAsync("calendar", "due", "--from", from, "--working-days", n, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(due, result.Json.GetProperty("due").GetString());
    }

    [Fact]
    public async Task Due_applies_the_overlays_of_the_region()
    {
        var tibet = await CliHarness.RunAsync("calendar", "due", "--from", "2025-02-27", "--working-days", "1", "--region", "540127", "--json");
        var beijing = await CliHarness.RunAsync("calendar", "due", "--from", "2025-02-27", "--working-days", "1", "--region", "110105", "--json");

        Assert.Equal("2025-03-07", tibet.Json.GetProperty("due").GetString());
        Assert.Equal("2025-02-28", beijing.Json.GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("2025-09-26", "2025-10-12", 6)]
    [InlineData("2025-10-12", "2025-09-26", -6)]
    [InlineData("2025-01-24", "2025-02-09", 6)]
    public async Task Between_counts_the_working_days_after_from_up_to_to(string from, string to, int expected)
    {
        var result = await CliHarness.RunAsync("calendar", "between", "--from", from, "--to", to, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Json.GetProperty("workingDays").GetInt32());
        Assert.Single(result.Json.EnumerateObject());
    }

    [Fact]
    public async Task Human_output_names_the_due_date_and_the_holidays_crossed_in_both_languages()
    {
        var result = await CliHarness.RunAsync("calendar", "due", "--from", "2025-09-26", "--working-days", "6");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-10-11 Sat (worked in exchange 调休上班)", result.Out, StringComparison.Ordinal);
        Assert.Contains("国庆节、中秋节 National Day and Mid-Autumn Festival: 2025-10-01..2025-10-08", result.Out, StringComparison.Ordinal);
        Assert.Contains("national 全国", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_output_marks_example_overlay_data()
    {
        var result = await CliHarness.RunAsync("calendar", "between", "--from", "2025-02-27", "--to", "2025-03-09", "--region", "540127");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("2 working day(s)", result.Out, StringComparison.Ordinal);
        Assert.Contains("藏历新年 Tibetan New Year (Losar): 2025-02-28..2025-03-06 [example data 示例数据]", result.Out, StringComparison.Ordinal);
        Assert.Contains("regional overlays 地方安排 540000", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cli.InvalidDate", "--from", "calendar", "due", "--from", "2025-13-01", "--working-days", "1")]
    [InlineData("Cli.InvalidDate", "--to", "calendar", "between", "--from", "2025-01-01", "--to", "01/02/2025")]
    [InlineData("Calendar.YearNotCovered", "from", "calendar", "due", "--from", "2024-12-31", "--working-days", "1")]
    [InlineData("Calendar.YearNotCovered", "to", "calendar", "between", "--from", "2025-01-01", "--to", "2027-01-05")]
    [InlineData("Calendar.YearNotCovered", "workingDays", "calendar", "due", "--from", "2026-12-29", "--working-days", "3")]
    [InlineData("Jurisdiction.InvalidCode", "--region", "calendar", "due", "--from", "2025-01-02", "--working-days", "1", "--region", "5401")]
    public async Task Bad_input_is_a_json_error_on_stderr_with_exit_code_2(string code, string field, params string[] args)
    {
        var result = await CliHarness.RunAsync([.. args, "--json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(code, result.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(field, result.ErrorJson.GetProperty("field").GetString());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_missing_option_is_a_usage_error()
    {
        var result = await CliHarness.RunAsync("calendar", "due", "--from", "2025-01-02", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Usage", result.ErrorJson.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Without_json_an_error_is_one_line_on_stderr()
    {
        var result = await CliHarness.RunAsync("calendar", "due", "--from", "2027-03-01", "--working-days", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error Calendar.YearNotCovered:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_calendar_directory_replaces_the_built_in_data()
    {
        var directory = Directory.CreateTempSubdirectory("fengqiao-cli-calendars-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "cn-2027.json"), """
                {
                  "formatVersion": 1, "year": 2027, "kind": "national",
                  "source": { "publisher": "test", "title": "test" },
                  "holidays": [{ "key": "new-year", "name": { "zh-CN": "元旦", "en": "New Year's Day" }, "daysOff": [{ "from": "2027-01-01" }] }]
                }
                """);

            var inside = await CliHarness.RunAsync("calendar", "due", "--from", "2026-12-31", "--working-days", "1", "--calendars", directory.FullName, "--json");
            var result = await CliHarness.RunAsync("calendar", "between", "--from", "2027-01-01", "--to", "2027-01-08", "--calendars", directory.FullName, "--json");

            Assert.Equal("Calendar.YearNotCovered", inside.ErrorJson.GetProperty("errorCode").GetString()); // 2026 is not in that directory
            Assert.Equal(5, result.Json.GetProperty("workingDays").GetInt32());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_calendar_directory_is_an_io_error()
    {
        var result = await CliHarness.RunAsync("calendar", "between", "--from", "2025-01-01", "--to", "2025-01-08", "--calendars", "/no/such/calendars", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Io", result.ErrorJson.GetProperty("errorCode").GetString());
    }
}
