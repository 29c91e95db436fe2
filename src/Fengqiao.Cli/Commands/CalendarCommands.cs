using System.CommandLine;
using System.Globalization;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;

using static Fengqiao.Cli.Infrastructure.CliArguments;

namespace Fengqiao.Cli.Commands;

/// <summary>
/// <c>fengqiao calendar due|between</c>: working-day arithmetic on the official working calendar
/// (工作日历), national or with the overlays of a region.
/// </summary>
internal static class CalendarCommands
{
    public static Command Create(CliConsole console)
    {
        var calendar = new Command("calendar", "Official working calendar: due dates and working-day counts / 工作日历：办理期限与工作日数");
        calendar.Subcommands.Add(CreateDue(console));
        calendar.Subcommands.Add(CreateBetween(console));
        return calendar;
    }

    private static Command CreateDue(CliConsole console)
    {
        var from = DateOption("--from", "The day the clock starts, yyyy-MM-dd; not counted itself / 起算日（不计入）");
        var workingDays = new Option<int>("--working-days")
        {
            Description = "How many working days to add; negative counts back / 工作日数（负数向前推算）",
            Required = true,
        };
        var (region, calendars) = (RegionOption(), CalendarsOption());
        var command = new Command("due", "The n-th working day after a date, e.g. a service request's time limit / 计算办理期限（第 n 个工作日）")
        {
            from, workingDays, region, calendars,
        };
        CommandRunner.SetAction(command, console, (parse, _) =>
        {
            var calendar = ResolveCalendar(parse, region, calendars);
            var start = ParseDate(parse.GetValue(from)!, from.Name);
            var n = parse.GetValue(workingDays);
            var due = calendar.AddWorkingDays(start, n);
            var headline = $"{Describe(calendar, start)} + {n} working day(s) / 个工作日 → due 到期 {Describe(calendar, due)}";
            return Report(parse, console, calendar, new DueResult(Iso(start), n, Iso(due)), headline, start, due);
        });
        return command;
    }

    private static Command CreateBetween(CliConsole console)
    {
        var from = DateOption("--from", "Start date, yyyy-MM-dd; not counted / 起始日（不计入）");
        var to = DateOption("--to", "End date, yyyy-MM-dd; counted when it is a working day / 截止日（计入）");
        var (region, calendars) = (RegionOption(), CalendarsOption());
        var command = new Command("between", "The working days after one date up to and including another / 计算两个日期之间的工作日数")
        {
            from, to, region, calendars,
        };
        CommandRunner.SetAction(command, console, (parse, _) =>
        {
            var calendar = ResolveCalendar(parse, region, calendars);
            var start = ParseDate(parse.GetValue(from)!, from.Name);
            var end = ParseDate(parse.GetValue(to)!, to.Name);
            var count = calendar.WorkingDaysBetween(start, end);
            var headline = $"{count} working day(s) after {Describe(calendar, start)} up to and including {Describe(calendar, end)} / 工作日数：{count}";
            return Report(parse, console, calendar, new BetweenResult(count), headline, start, end);
        });
        return command;
    }

    // JSON gives the result alone; people also get the calendar used and the holidays in between.
    private static Task<int> Report(ParseResult parse, CliConsole console, WorkingCalendar calendar, object result, string headline, LocalDate a, LocalDate b)
    {
        if (parse.GetValue(GlobalOptions.Json))
        {
            console.WriteJson(result);
        }
        else
        {
            console.Out.WriteLine(headline);
            WriteRegion(console, calendar);
            WriteHolidays(console, calendar, a, b);
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static Option<string> DateOption(string name, string description) =>
        new(name) { Description = description, Required = true };

    private static Option<string?> RegionOption() =>
        new("--region") { Description = "Jurisdiction code whose regional overlays apply, e.g. 540127; national when absent / 行政区划代码（缺省为全国）" };

    private static Option<string?> CalendarsOption() =>
        new("--calendars") { Description = "Directory of calendar JSON files to use instead of the built-in ones / 日历数据目录（替代内置数据）" };

    private static WorkingCalendar ResolveCalendar(ParseResult parse, Option<string?> region, Option<string?> calendars)
    {
        JurisdictionCode? code = null;
        if (parse.GetValue(region) is { } text)
        {
            code = JurisdictionCode.TryParse(text, out var parsed)
                ? parsed
                : throw ValidationException.Of(ErrorCodes.JurisdictionCodeInvalid, region.Name, text.Length <= 20 ? text : text[..20]);
        }

        var set = parse.GetValue(calendars) is { } directory
            ? new WorkingCalendarSetBuilder().AddDirectory(directory).Build()
            : WorkingCalendarSet.Embedded;
        return set.GetCalendar(code);
    }


    private static string Describe(WorkingCalendar calendar, LocalDate date)
    {
        var day = date.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture);
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return (calendar.IsWorkingDay(date), weekend, calendar.GetHoliday(date)) switch
        {
            (true, true, _) => $"{day} (worked in exchange 调休上班)",
            (false, _, { } holiday) => $"{day} ({holiday.ChineseName} {holiday.EnglishName}, day off 放假)",
            (false, true, null) => $"{day} (weekend 周末)",
            _ => day,
        };
    }

    private static void WriteRegion(CliConsole console, WorkingCalendar calendar) =>
        console.Out.WriteLine(calendar.OverlayRegions.IsEmpty
            ? "Calendar 日历: national 全国"
            : $"Calendar 日历: national 全国 + regional overlays 地方安排 {string.Join(", ", calendar.OverlayRegions)}");

    // The holidays whose days off lie between the two dates: why a due date is later than a plain count suggests.
    private static void WriteHolidays(CliConsole console, WorkingCalendar calendar, LocalDate a, LocalDate b)
    {
        var (first, last) = a <= b ? (a, b) : (b, a);
        var crossed = new List<Holiday>();
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            if (calendar.GetHoliday(day) is { } holiday && !crossed.Contains(holiday))
            {
                crossed.Add(holiday);
            }
        }

        if (crossed.Count == 0)
        {
            return;
        }

        console.Out.WriteLine("Holidays crossed 途经节假日:");
        foreach (var holiday in crossed)
        {
            var days = string.Join(", ", holiday.DaysOff.Select(d => d.Start == d.End ? Iso(d.Start) : $"{Iso(d.Start)}..{Iso(d.End)}"));
            var example = holiday.IsExample ? " [example data 示例数据]" : string.Empty;
            console.Out.WriteLine($"  {holiday.ChineseName} {holiday.EnglishName}: {days}{example}");
        }
    }

    private sealed record DueResult(string From, int WorkingDays, string Due);

    private sealed record BetweenResult(int WorkingDays);
}
