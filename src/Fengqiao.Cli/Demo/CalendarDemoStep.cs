using System.Globalization;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>Shows the official working calendar: the year's holidays and two due dates that cross them.</summary>
internal sealed class CalendarDemoStep : IDemoStep
{
    // Maizhokunggar county, Lhasa (墨竹工卡县), home of the Zhaxigang township station.
    private static readonly JurisdictionCode Maizhokunggar = JurisdictionCode.Parse("540127");

    public string Name => "calendar";

    public Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Working calendar 工作日历 (2026)");
        var national = context.Calendars.National;
        foreach (var holiday in national.Holidays.Where(h => h.Year == 2026))
        {
            var days = string.Join(", ", holiday.DaysOff.Select(d => d.Start == d.End ? Format(d.Start) : $"{Format(d.Start)}–{Format(d.End)}"));
            var worked = holiday.WorkingDays.Count == 0 ? string.Empty : $"; worked 调休上班 {string.Join(", ", holiday.WorkingDays.Select(Format))}";
            context.Say($"  {holiday.ChineseName} {holiday.EnglishName}: {days}{worked}");
        }

        // The seed stories: an ID card reissued at the local station is ready in 20 working days.
        var applied = new LocalDate(2026, 2, 12);
        var nationalDue = national.AddWorkingDays(applied, 20);
        var tibet = context.Calendars.GetCalendar(Maizhokunggar);
        var tibetDue = tibet.AddWorkingDays(applied, 20);
        context.Say($"  ID card reissue 补领身份证 applied {Format(applied)}, 20 working days → due {Format(nationalDue)} nationally, {Format(tibetDue)} in {Maizhokunggar} (regional overlay)");
        var octoberDue = national.AddWorkingDays(new LocalDate(2026, 9, 30), 3);
        context.Say($"  A 3-working-day limit from 2026-09-30 ends {Format(octoberDue)} (National Day, worked Saturday Oct 10)");

        context.Report.Steps[Name] = new
        {
            holidays2026 = national.Holidays.Count(h => h.Year == 2026),
            idCardReissue = new { applied = Format(applied), workingDays = 20, due = Format(nationalDue), dueIn540127 = Format(tibetDue) },
            nationalDayLimit = new { from = "2026-09-30", workingDays = 3, due = Format(octoberDue) },
        };
        return Task.CompletedTask;
    }

    private static string Format(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
