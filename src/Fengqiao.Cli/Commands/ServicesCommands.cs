using System.CommandLine;
using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Services;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.Figures;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Time;
using NodaTime;
using NodaTime.Text;

using static Fengqiao.Cli.Infrastructure.CliArguments;

namespace Fengqiao.Cli.Commands;

/// <summary>
/// <c>fengqiao services due|report</c>: the due date of a catalog service on the official working
/// calendar, and the service figures (按时办结率、办理用时、投诉、差错) of a database over a period.
/// </summary>
internal static class ServicesCommands
{
    public static Command Create(CliConsole console)
    {
        var services = new Command("services", "Convenience services: time limits and figures (服务不缺位) / 便民服务：办理期限与服务指标");
        services.Subcommands.Add(CreateDue(console));
        services.Subcommands.Add(CreateReport(console));
        return services;
    }

    private static Command CreateDue(CliConsole console)
    {
        var service = new Option<string>("--service") { Description = "Service code of the catalog, e.g. id-card-reissue / 事项编码", Required = true };
        var submitted = new Option<string>("--submitted") { Description = "Day of submission, yyyy-MM-dd / 申请日期", Required = true };
        var region = new Option<string?>("--region") { Description = "The station's jurisdiction code, whose regional calendar overlays apply (e.g. 540127); national when absent / 行政区划代码" };
        var command = new Command("due", "The due date of a service submitted on a day, on the working calendar / 计算办理期限")
        {
            service, submitted, region,
        };
        CommandRunner.SetAction(command, console, (parse, _) =>
        {
            var code = parse.GetValue(service)!;
            var day = ParseDate(parse.GetValue(submitted)!, submitted.Name);
            JurisdictionCode? station = null;
            if (parse.GetValue(region) is { } text)
            {
                station = JurisdictionCode.TryParse(text, out var parsed)
                    ? parsed
                    : throw ValidationException.Of(ErrorCodes.JurisdictionCodeInvalid, region.Name, text.Length <= 20 ? text : text[..20]);
            }

            var entry = ServiceCatalogSeed.LoadEmbedded().Definitions.FirstOrDefault(d => d.Code == code);
            if (entry.Definition is null)
            {
                throw new ValidationException(ServiceErrorCodes.CatalogVersionInvalid, service.Name, $"No service '{(code.Length <= 64 ? code : code[..64])}' in the catalog / 目录中没有该事项");
            }

            var calendar = WorkingCalendarSet.Embedded.GetCalendar(station);
            var limit = entry.Definition.TimeLimit;
            var due = limit.DueDate(day, calendar);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(new DueResult(code, Iso(day), Iso(due)));
            }
            else
            {
                console.Out.WriteLine($"{code} {entry.Definition.Name.ZhCn} ({entry.Definition.Name.En}): time limit 时限 {limit}");
                console.Out.WriteLine($"submitted 申请 {Iso(day)} → due 到期 {Iso(due)}{(limit.IsOnTheSpot ? " (on the spot 当场办结)" : string.Empty)}");
                console.Out.WriteLine(calendar.OverlayRegions.IsEmpty
                    ? "Calendar 日历: national 全国"
                    : $"Calendar 日历: national 全国 + regional overlays 地方安排 {string.Join(", ", calendar.OverlayRegions)}");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command CreateReport(CliConsole console)
    {
        var database = new Option<FileInfo>("--db") { Description = "SQLite database file / SQLite 数据库文件", Required = true };
        var from = new Option<string>("--from") { Description = "First day, yyyy-MM-dd (by submission date) / 起始日期", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, yyyy-MM-dd, included / 截止日期（含）", Required = true };
        var command = new Command("report", "Service figures of a period: on-time rate, handling days, complaints, errors / 服务指标报表")
        {
            database, from, to,
        };
        CommandRunner.SetAction(command, console, async (parse, cancellationToken) =>
        {
            var period = CliArguments.ParsePeriod(parse, from, to);
            var path = CliArguments.ExistingDatabase(parse, database);

            var protector = FieldKeys.Resolve(parse.GetValue(FieldKeys.Option), path, console);
            using var provider = await SqliteStorageProvider.OpenAsync($"Data Source={path}", o => o.FieldProtector = protector, cancellationToken).ConfigureAwait(false);
            var figures = await ServiceReport.CalculateAsync(provider, period, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(ServiceReport.ToJson(figures));
            }
            else
            {
                foreach (var line in ServiceReport.Lines(figures))
                {
                    console.Out.WriteLine(line);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }


    private sealed record DueResult(string Service, string Submitted, string Due);
}

/// <summary>Reads a period's requests, work orders and found items from a backend and computes the figures; shared by the report command and the demo.</summary>
internal static class ServiceReport
{
    public static async Task<ServiceFigures> CalculateAsync(Storage.IStorageProvider provider, DateInterval period, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("fengqiao-cli"), cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var requests = new List<ServiceRequest>();
            await foreach (var request in session.GetStore<IServiceRequestStore>().QueryAsync(new ServiceRequestQuery(SubmittedFrom: period.Start, SubmittedTo: period.End), cancellationToken).ConfigureAwait(false))
            {
                requests.Add(request);
            }

            var orders = new List<WorkOrder>();
            await foreach (var order in session.GetStore<IWorkOrderStore>().QueryAsync(new WorkOrderQuery(), cancellationToken).ConfigureAwait(false))
            {
                orders.Add(order);
            }

            var items = new List<FoundItem>();
            await foreach (var item in session.GetStore<IFoundItemStore>().QueryAsync(new FoundItemQuery(), cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }

            return new ServiceFiguresCalculator(station => ServiceClock.For(WorkingCalendarSet.Embedded, station)).Calculate(period, requests, orders, items);
        }
    }

    public static object ToJson(ServiceFigures f) => new
    {
        from = LocalDatePattern.Iso.Format(f.Period.Start),
        to = LocalDatePattern.Iso.Format(f.Period.End),
        requests = f.Requests,
        completed = f.Completed,
        completedOnTime = f.CompletedOnTime,
        onTimeRate = f.OnTimeRate is { } rate ? Math.Round(rate, 4) : (double?)null,
        averageHandlingDays = f.AverageHandlingWorkingDays is { } days ? Math.Round(days, 2) : (double?)null,
        complaints = f.Complaints,
        errors = f.Errors,
        zeroComplaintsZeroErrors = f.ZeroComplaintsZeroErrors,
        open = f.Open,
        rejected = f.Rejected,
        withdrawn = f.Withdrawn,
        transferredToHotline = f.TransferredToHotline,
        fromHotline = f.FromHotline,
        workOrders = f.WorkOrders,
        workOrdersCompleted = f.WorkOrdersCompleted,
        workOrdersPublished = f.WorkOrdersPublished,
        foundItems = f.FoundItems,
        foundItemsReturned = f.FoundItemsReturned,
        averageMinutesToReturn = f.AverageMinutesToReturn is { } minutes ? Math.Round(minutes, 1) : (double?)null,
    };

    public static IEnumerable<string> Lines(ServiceFigures f)
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"Service figures 服务指标 {LocalDatePattern.Iso.Format(f.Period.Start)} .. {LocalDatePattern.Iso.Format(f.Period.End)}");
        yield return string.Create(c, $"  requests 办件 {f.Requests}: completed 办结 {f.Completed}, on time 按时 {f.CompletedOnTime}, open 在办 {f.Open}, rejected 退回 {f.Rejected}, withdrawn 撤回 {f.Withdrawn}, to 12345 转办 {f.TransferredToHotline}, from 12345 {f.FromHotline}");
        yield return string.Create(c, $"  on-time rate 按时办结率 {(f.OnTimeRate is { } r ? r.ToString("P1", c) : "n/a")}; average handling 平均办理 {(f.AverageHandlingWorkingDays is { } d ? d.ToString("0.00", c) : "n/a")} working days 工作日");
        yield return string.Create(c, $"  complaints 投诉 {f.Complaints}, errors 差错 {f.Errors}{(f.ZeroComplaintsZeroErrors ? " — 零投诉、零差错 zero complaints, zero errors" : string.Empty)}");
        yield return string.Create(c, $"  work orders 工单 {f.WorkOrders}: completed 办结 {f.WorkOrdersCompleted}, published 晒单 {f.WorkOrdersPublished}");
        yield return string.Create(c, $"  found items 失物 {f.FoundItems}: returned 归还 {f.FoundItemsReturned}, average 平均 {(f.AverageMinutesToReturn is { } m ? m.ToString("0.0", c) : "n/a")} min");
    }
}
