using System.CommandLine;
using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Figures;
using Fengqiao.Jurisdictions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

using static Fengqiao.Cli.Infrastructure.CliArguments;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao disputes report</c>: the figures of "矛盾不上交" for a period from a SQLite database.</summary>
internal static class DisputesCommands
{
    public static Command Create(CliConsole console)
    {
        var disputes = new Command("disputes", "Dispute workflows: figures of local settlement / 矛盾纠纷：化解统计");
        disputes.Subcommands.Add(CreateReport(console));
        return disputes;
    }

    private static Command CreateReport(CliConsole console)
    {
        var database = new Option<FileInfo>("--db") { Description = "SQLite database file (must exist) / SQLite 数据库文件", Required = true };
        var from = new Option<string>("--from") { Description = "First day of the period, yyyy-MM-dd / 起始日期", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the period (inclusive), yyyy-MM-dd / 截止日期(含)", Required = true };
        var grid = new Option<string?>("--grid") { Description = "Only disputes inside this division or grid code (6–15 digits) / 仅统计该辖区或网格" };
        var asOf = new Option<string?>("--as-of") { Description = "Count open, overdue and due follow-ups as of this day (default today, Asia/Shanghai) / 统计基准日" };
        var command = new Command("report", "Figures of the disputes reported in a period: open by grid, level and risk; overdue; settlement, mediation success, escalation and repeat rates; level settled at; days to settle; follow-up completion / 纠纷化解统计")
        {
            database, from, to, grid, asOf,
        };
        CommandRunner.SetAction(command, console, async (parse, cancellationToken) =>
        {
            var period = CliArguments.ParsePeriod(parse, from, to);
            var within = CliArguments.ParseArea(parse.GetValue(grid), grid.Name);
            var path = CliArguments.ExistingDatabase(parse, database);

            var protector = FieldKeys.Resolve(parse.GetValue(FieldKeys.Option), path, console);
            var services = new ServiceCollection();
            services.AddFengqiao(f => f
                .UseFieldProtection(protector)
                .AddDisputes()
                .UseAccessScope(AccessScope.Unrestricted("cli"))
                .UseSqlite($"Data Source={path}"));
            await using var provider = services.BuildServiceProvider();
            var today = provider.GetRequiredService<IClock>().GetCurrentInstant().InZone(provider.GetRequiredService<DateTimeZone>()).Date;
            var day = parse.GetValue(asOf) is { } text ? ParseDate(text, asOf.Name) : today;
            await using var scope = provider.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<DisputeService>();
            var report = await service.FiguresAsync(within, period.Start, period.End.PlusDays(1), day, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(new { grid = within?.ToString(), figures = ToJson(report) });
            }
            else
            {
                Write(console.Out, report, within);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the figures as text, Chinese and English labels side by side.</summary>
    internal static void Write(TextWriter output, DisputeFiguresReport r, JurisdictionCode? within)
    {
        static string Pct(double? rate) => rate is { } v ? (v * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "—";
        static string Num(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "—";
        static string Counts(IReadOnlyList<FigureCount> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Count}"));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Disputes {r.From:yyyy-MM-dd} – {r.To.PlusDays(-1):yyyy-MM-dd}{(within is { } w ? $" in {w}" : string.Empty)}, as of {r.AsOf:yyyy-MM-dd} 矛盾纠纷化解统计"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  reported 登记               {r.Reported}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  settled 化解                {r.Settled} ({Pct(r.SettlementRate)} settlement rate 化解率)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  withdrawn / referred 撤回/移交 {r.Withdrawn} / {r.Referred}"));
        output.WriteLine($"  mediation success 调解成功率 {Pct(r.MediationSuccessRate)}");
        output.WriteLine($"  escalation rate 上交率      {Pct(r.EscalationRate)}");
        output.WriteLine($"  settled at level 化解层级    {Counts(r.SettledAtLevel)}; locally 小事不出村、大事不出乡镇 {Pct(r.SettledLocallyRate)}");
        output.WriteLine($"  days to settle 化解用时      mean {Num(r.MeanDaysToSettle)}, median {Num(r.MedianDaysToSettle)} days; mean {Num(r.MeanWorkingDaysToSettle)} working days");
        output.WriteLine($"  repeat rate 重复率          {Pct(r.RepeatRate)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  follow-ups 回访             {r.FollowUpsDone}/{r.FollowUpsDue} due done ({Pct(r.FollowUpCompletionRate)})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  open 未办结                 {r.Open}; overdue 超期 {r.Overdue}; near deadline 临期 {r.NearDeadline}; supervised 督办 {r.Supervised}"));
        output.WriteLine($"    by level 按层级            {Counts(r.OpenByLevel)}");
        output.WriteLine($"    by risk 按风险             {Counts(r.OpenByRisk)}");
        if (r.OpenByGrid.Count > 0)
        {
            output.WriteLine($"    by grid 按网格             {Counts(r.OpenByGrid)}");
        }
    }

    /// <summary>The figures in a JSON-friendly shape: dates as ISO text, everything else as computed.</summary>
    internal static object ToJson(DisputeFiguresReport r) => new
    {
        from = Iso(r.From),
        to = Iso(r.To.PlusDays(-1)),
        asOf = Iso(r.AsOf),
        r.Reported,
        r.Open,
        r.OpenByGrid,
        r.OpenByLevel,
        r.OpenByRisk,
        r.Overdue,
        r.NearDeadline,
        r.Supervised,
        r.Settled,
        r.Withdrawn,
        r.Referred,
        r.SettlementRate,
        r.MediationSuccessRate,
        r.EscalationRate,
        r.SettledAtLevel,
        r.SettledLocallyRate,
        r.MeanDaysToSettle,
        r.MedianDaysToSettle,
        r.MeanWorkingDaysToSettle,
        r.RepeatRate,
        r.FollowUpsDue,
        r.FollowUpsDone,
        r.FollowUpCompletionRate,
    };

}
