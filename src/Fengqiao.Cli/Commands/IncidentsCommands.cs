using System.CommandLine;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Patrols.Figures;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao incidents report</c>: incident figures for a period (警情指标).</summary>
internal static class IncidentsCommands
{
    public static Command Create(CliConsole console)
    {
        var incidents = new Command("incidents", "Incidents (警情): intake, dispatch and response / 警情");
        var report = PatrolsCommandLine.CreateReport(
            console,
            "Incidents by category and channel, response times against target, 12345 diversion, repeat calls, year on year / 警情指标",
            figures => new
            {
                from = PatrolsReportLoader.Format(figures.From),
                to = PatrolsReportLoader.Format(figures.To.PlusDays(-1)),
                within = figures.Within,
                incidents = figures.Incidents,
            },
            Write);
        incidents.Subcommands.Add(report);
        return incidents;
    }

    public static void Write(TextWriter output, PatrolsReport report)
    {
        var n = report.Incidents;
        output.WriteLine($"Incidents 警情 {PatrolsReportLoader.Format(report.From)} – {PatrolsReportLoader.Format(report.To.PlusDays(-1))}{(report.Within is null ? string.Empty : " in " + report.Within)}: {n.Incidents} (a year earlier {n.PreviousYearIncidents}, change {Percent(n.YearOnYearChange)})");
        output.WriteLine($"  by category 类别: {string.Join(", ", n.ByCategory.Select(c => $"{c.Key} {c.Value}"))}");
        output.WriteLine($"  by channel 渠道: {string.Join(", ", n.ByChannel.Select(c => $"{c.Key} {c.Value}"))}");
        output.WriteLine($"  response 到场: median {PatrolsReportLoader.Format(n.MedianResponseMinutes)} min, P90 {PatrolsReportLoader.Format(n.P90ResponseMinutes)} min, within target {Percent(n.WithinTargetShare)}, urgent within 5 min {Percent(n.UrgentWithinTargetShare)}");
        output.WriteLine($"  12345: diverted 分流 {n.DivertedTo12345}, accepted 转警 {n.AcceptedFrom12345}; repeat calls 重复报警 {n.RepeatCalls} ({Percent(n.RepeatCallRate)})");
        output.WriteLine($"  injured {n.Injured}, dead {n.Dead} (road traffic {n.RoadTrafficDeaths}); years without a road-traffic death 连续无道路交通死亡年数 {n.YearsWithoutRoadTrafficDeath}");
    }

    private static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
