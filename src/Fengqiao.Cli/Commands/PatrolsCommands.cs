using System.CommandLine;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Patrols.Figures;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao patrols report</c>: patrol, inspection and prevention figures for a period (巡防指标).</summary>
internal static class PatrolsCommands
{
    public static Command Create(CliConsole console)
    {
        var patrols = new Command("patrols", "Patrols, inspections and prevention activity / 巡逻、检查与防范宣传");
        var report = PatrolsCommandLine.CreateReport(
            console,
            "Patrol km, hours and person-hours per grid; inspections and rectification; publicity and alerts / 巡防指标",
            figures => new
            {
                from = PatrolsReportLoader.Format(figures.From),
                to = PatrolsReportLoader.Format(figures.To.PlusDays(-1)),
                within = figures.Within,
                patrols = figures.Patrols,
                inspections = figures.Inspections,
                prevention = figures.Prevention,
            },
            Write);
        patrols.Subcommands.Add(report);
        return patrols;
    }

    public static void Write(TextWriter output, PatrolsReport report)
    {
        var p = report.Patrols;
        output.WriteLine($"Patrols 巡逻 {PatrolsReportLoader.Format(report.From)} – {PatrolsReportLoader.Format(report.To.PlusDays(-1))}{(report.Within is null ? string.Empty : " in " + report.Within)}");
        output.WriteLine($"  patrols {p.Patrols}, {PatrolsReportLoader.Format(p.Kilometres)} km, {PatrolsReportLoader.Format(p.Hours)} h, {PatrolsReportLoader.Format(p.PersonHours)} person-hours 人时");
        output.WriteLine($"  drone sorties 无人机架次 {p.DroneSorties}, {PatrolsReportLoader.Format(p.DroneKilometres)} km, {PatrolsReportLoader.Format(p.DroneMinutes)} min");
        output.WriteLine($"  found along the way: hazards {p.Hazards}, help given {p.HelpGiven}, suspicious {p.Suspicious}, publicity {p.PublicityDone}");
        foreach (var grid in p.ByGrid.OrderByDescending(g => g.Kilometres).Take(10))
        {
            output.WriteLine($"    {grid.Grid}: {PatrolsReportLoader.Format(grid.Kilometres)} km, {PatrolsReportLoader.Format(grid.Hours)} h, {PatrolsReportLoader.Format(grid.PersonHours)} person-hours");
        }

        if (p.ByGrid.Count > 10)
        {
            output.WriteLine($"    … {p.ByGrid.Count - 10} more grid(s)");
        }

        var i = report.Inspections;
        output.WriteLine($"Inspections 安全检查: {i.Inspections}, hazards 隐患 {i.Hazards}, orders 整改 {i.OrdersIssued} (on time {i.RectifiedOnTime}, late {i.RectifiedLate}, open {i.Open}), re-inspections 回头看 {i.Reinspections}");
        var v = report.Prevention;
        output.WriteLine($"Prevention 防范宣传: events {v.PublicityEvents} ({v.Attendees} attendees), online alerts {v.OnlineAlerts}, consultations answered {v.OnlineConsultations}");
    }
}
