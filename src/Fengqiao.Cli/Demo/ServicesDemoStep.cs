using Fengqiao.Access;
using Fengqiao.Cli.Commands;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Grids.Staffing;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// Loads the service catalog and simulates a year of convenience services at the demo station (the first
/// seed station with grids): window requests with the station's working calendar, a few suspensions,
/// rejections and 12345 hand-overs, grid work orders ordered, dispatched, done and published, and found
/// items returned; then prints the year's figures. Runs once per database: a second run reads the figures back.
/// </summary>
internal sealed class ServicesDemoStep : IDemoStep
{
    private const int FullRequests = 4000;  // Zhaxigang: 4000+ items handled since 2021
    private const int FullWorkOrders = 600;
    private const int FullFoundItems = 150;
    private const int BatchSize = 500;

    public string Name => "services";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Convenience services 便民服务 (服务不缺位)");
        var storage = context.Services.GetRequiredService<IStorageProvider>();
        var clock = context.Services.GetRequiredService<IClock>();
        var seed = JurisdictionSeed.LoadEmbedded();
        var data = seed.Build(ChangeStamp.Now(clock, "demo"));
        var station = data.Stations.First(s => data.Grids.Any(g => s.Jurisdiction.Contains(g.Code)));
        var grids = data.Grids.Where(g => station.Jurisdiction.Contains(g.Code)).Select(g => g.Code).ToList();
        var workers = data.Staff
            .Where(s => s.Assignments.Any(a => a.Role == StaffRole.GridWorker && station.Jurisdiction.Contains(a.Area)))
            .Select(s => s.Id)
            .DefaultIfEmpty(StaffMemberId.From(new Guid("0190a000-0000-7000-8000-00000000d0e0")))
            .ToList();
        var calendar = context.Calendars.GetCalendar(station.Jurisdiction);
        // A year ending today, or earlier when the calendar data ends soon: due dates must stay inside the data.
        var end = Min(context.Today, new LocalDate(calendar.Years[^1], 10, 31));
        var period = new DateInterval(end.PlusYears(-1).PlusDays(1), end);

        var generated = await GenerateOnceAsync(context, storage, station.Jurisdiction, grids, workers, period, cancellationToken).ConfigureAwait(false);
        context.Say(generated is { } g
            ? $"  {station.Name} ({station.Jurisdiction}): simulated {g.Requests} requests, {g.Orders} work orders and {g.Items} found items over {period.Start:yyyy-MM-dd}..{period.End:yyyy-MM-dd}"
            : "  service records already in the store; reading them back");

        var figures = await ServiceReport.CalculateAsync(storage, period, cancellationToken).ConfigureAwait(false);
        foreach (var line in ServiceReport.Lines(figures))
        {
            context.Say(line);
        }

        context.Report.Steps[Name] = new { station = station.Name, jurisdiction = station.Jurisdiction.ToString(), generated = generated is not null, figures = ServiceReport.ToJson(figures) };
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static async Task<(int Requests, int Orders, int Items)?> GenerateOnceAsync(
        DemoContext context,
        IStorageProvider storage,
        JurisdictionCode station,
        IReadOnlyList<JurisdictionCode> grids,
        IReadOnlyList<StaffMemberId> workers,
        DateInterval period,
        CancellationToken cancellationToken)
    {
        var scope = AccessScope.Unrestricted("demo");
        var catalog = ServiceCatalogSeed.LoadEmbedded().Build(new ChangeStamp(Instant.FromUtc(2020, 12, 31, 16, 0), "demo"), station.AncestorAt(JurisdictionLevel.Province));
        await using (var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            var requests = session.GetStore<IServiceRequestStore>();
            await foreach (var _ in requests.QueryAsync(new ServiceRequestQuery(Within: station, SubmittedFrom: period.Start, SubmittedTo: period.End), cancellationToken).ConfigureAwait(false))
            {
                return null; // already simulated
            }

            var store = session.GetStore<IServiceCatalogStore>();
            foreach (var service in catalog)
            {
                if (await store.FindAsync(service.Code, cancellationToken).ConfigureAwait(false) is null)
                {
                    await store.SaveAsync(service, cancellationToken).ConfigureAwait(false);
                }
            }

            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var simulation = new ServiceSimulation(station, grids, workers, period, ServiceClock.For(context.Calendars, station), catalog, new Random(2026));
        var requestCount = context.Scaled(FullRequests);
        var orderCount = context.Scaled(FullWorkOrders);
        var itemCount = context.Scaled(FullFoundItems);
        await SaveInBatchesAsync(storage, scope, Enumerable.Range(0, requestCount).Select(_ => simulation.Request()), (s, r, ct) => s.GetStore<IServiceRequestStore>().SaveAsync(r, ct), cancellationToken).ConfigureAwait(false);
        await SaveInBatchesAsync(storage, scope, Enumerable.Range(0, orderCount).Select(_ => simulation.WorkOrder()), (s, o, ct) => s.GetStore<IWorkOrderStore>().SaveAsync(o, ct), cancellationToken).ConfigureAwait(false);
        await SaveInBatchesAsync(storage, scope, Enumerable.Range(0, itemCount).Select(_ => simulation.FoundItem()), (s, i, ct) => s.GetStore<IFoundItemStore>().SaveAsync(i, ct), cancellationToken).ConfigureAwait(false);
        return (requestCount, orderCount, itemCount);
    }

    // One transaction per batch: a commit costs an fsync, so a year is written in a few commits.
    private static async Task SaveInBatchesAsync<T>(IStorageProvider storage, AccessScope scope, IEnumerable<T> items, Func<IStorageSession, T, CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        foreach (var batch in items.Chunk(BatchSize))
        {
            var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                foreach (var item in batch)
                {
                    await save(session, item, cancellationToken).ConfigureAwait(false);
                }

                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Makes plausible records: most requests completed within the limit, a few late, suspended, rejected, withdrawn or handed to 12345.</summary>
    private sealed class ServiceSimulation(
        JurisdictionCode station,
        IReadOnlyList<JurisdictionCode> grids,
        IReadOnlyList<StaffMemberId> workers,
        DateInterval period,
        ServiceClock clock,
        IReadOnlyList<ConvenienceService> catalog,
        Random random)
    {
        private static readonly string[] Surnames = ["扎西", "次仁", "卓玛", "拉巴", "央金", "王", "李", "张"];
        private static readonly (string Code, int Weight)[] Mix =
        [
            ("id-card-reissue", 30), ("border-pass", 20), ("household-move-in", 8), ("birth-registration", 6), ("residence-permit", 5),
            ("floating-population-registration", 10), ("no-criminal-record-certificate", 8), ("traffic-violation", 5), ("legal-consultation", 4),
            ("help-desk", 3), ("temporary-id-card", 1),
        ];

        private readonly int _days = Period.Between(period.Start, period.End, PeriodUnits.Days).Days + 1;
        private readonly Instant _now = period.End.PlusDays(1).AtStartOfDayInZone(clock.Zone).ToInstant();

        public ServiceRequest Request()
        {
            var code = Pick();
            var service = catalog.First(s => s.Code == code);
            var submitted = WorkingInstant(period.Start.PlusDays(random.Next(_days)));
            var answers = service.Current.Attributes.Where(a => a.Required).ToDictionary(a => a.Code, Answer);
            var request = ServiceRequest.Submit(
                ServiceRequestId.From(Guid.CreateVersion7(submitted.ToDateTimeOffset())),
                service,
                station,
                Applicant(),
                random.Next(10) < 7 ? ServiceChannels.Window : ServiceChannels.QrCodePoint,
                clock,
                Stamp(submitted),
                new ServiceRequestDetails(answers, FromHotline: random.Next(100) < 2 ? $"12345-{submitted.ToUnixTimeSeconds()}" : null));
            var roll = random.Next(100);
            var at = submitted + Duration.FromMinutes(2);
            if (roll < 3)
            {
                request.Reject("材料不齐，已告知补齐后再办", Stamp(at));
                return request;
            }

            if (roll < 5)
            {
                request.Withdraw(Stamp(at));
                return request;
            }

            if (roll < 7 && request.Status == ServiceRequestStatus.Submitted && service.Current.Group is ServiceGroup.LegalConsultation or ServiceGroup.HelpAndLostFound)
            {
                request.TransferToHotline($"12345-OUT-{submitted.ToUnixTimeSeconds()}", Stamp(at));
                return request;
            }

            request.Accept(Stamp(at));
            request.Start(Stamp(at + Duration.FromMinutes(1)));
            var late = random.Next(100) < 4;
            Instant done;
            if (request.TimeLimit.OnTheSpot is { } limit)
            {
                done = at + Duration.FromMinutes(1) + Duration.FromSeconds(late ? limit.TotalSeconds + random.Next(60, 1800) : random.Next(60, (int)limit.TotalSeconds - 90));
            }
            else
            {
                var days = request.TimeLimit.WorkingDays!.Value;
                if (days > 3 && random.Next(100) < 5)
                {
                    var suspended = WorkingInstant(clock.Calendar.AddWorkingDays(request.SubmittedOn, 1));
                    var resumed = WorkingInstant(clock.Calendar.AddWorkingDays(request.SubmittedOn, 3));
                    if (resumed >= _now)
                    {
                        return request;
                    }

                    request.Suspend("等待补充材料", Stamp(suspended));
                    request.Resume(clock, Stamp(resumed));
                }

                var target = late ? request.DueOn!.Value.PlusDays(random.Next(1, 6)) : clock.Calendar.AddWorkingDays(request.SubmittedOn, random.Next(Math.Max(1, days / 2), days + 1));
                done = Later(WorkingInstant(target), request.Steps[^1].At);
            }

            if (done < _now)
            {
                request.Complete(Stamp(done), request.Attributes.TryGetValue("delivery", out var delivery) && delivery == "home" ? "送证到家" : null);
            }

            return request;
        }

        public WorkOrder WorkOrder()
        {
            var grid = grids[random.Next(grids.Count)];
            var worker = workers[random.Next(workers.Count)];
            var ordered = WorkingInstant(period.Start.PlusDays(random.Next(_days)));
            var title = random.Next(3) switch { 0 => "代办身份证并送证到家", 1 => "为独居老人代办居住登记", _ => "协助办理边境通行证" };
            var order = Services.WorkOrders.WorkOrder.Place(
                WorkOrderId.From(Guid.CreateVersion7(ordered.ToDateTimeOffset())), grid, title, Applicant(), Stamp(ordered), "群众点单", Location());
            var dispatched = ordered + Duration.FromMinutes(random.Next(10, 240));
            var accepted = dispatched + Duration.FromMinutes(random.Next(5, 120));
            var completed = accepted + Duration.FromHours(random.Next(1, 72));
            if (completed >= _now)
            {
                return order;
            }

            order.Dispatch(worker, Stamp(dispatched));
            order.Accept(worker, Stamp(accepted));
            order.Complete(worker, "已办结", [new WorkOrderEvidence("photo", $"evidence/{order.Id.Value:N}.jpg")], Stamp(completed), Location());
            var published = completed + Duration.FromDays(random.Next(1, 7));
            if (random.Next(10) < 8 && published < _now)
            {
                order.Publish(title + "，已办结", Stamp(published));
            }

            return order;
        }

        public FoundItem FoundItem()
        {
            var kind = random.Next(10) < 4 ? FoundItemKind.IdCard : (FoundItemKind)random.Next(2, 5);
            var found = WorkingInstant(period.Start.PlusDays(random.Next(_days)));
            var item = Services.LostAndFound.FoundItem.Record(FoundItemId.From(Guid.CreateVersion7(found.ToDateTimeOffset())), station, kind, "群众拾得送交", found, Stamp(found + Duration.FromMinutes(1)));
            var matched = found + Duration.FromMinutes(kind == FoundItemKind.IdCard ? random.Next(2, 6) : random.Next(10, 600));
            var returned = matched + Duration.FromMinutes(random.Next(1, 5));
            if (random.Next(10) < 9 && returned < _now)
            {
                item.MatchOwner(Applicant(), Stamp(matched));
                item.Return(Stamp(returned));
            }

            return item;
        }

        private static ChangeStamp Stamp(Instant at) => new(at, "demo-clerk");

        private static Instant Later(Instant a, Instant b) => a > b ? a : b + Duration.FromMinutes(5);

        private string Pick()
        {
            var roll = random.Next(Mix.Sum(m => m.Weight));
            foreach (var (code, weight) in Mix)
            {
                if ((roll -= weight) < 0)
                {
                    return code;
                }
            }

            return Mix[0].Code;
        }

        private string Answer(AttributeDefinition attribute) => attribute.Datatype switch
        {
            AttributeDatatype.SingleValueList => attribute.Values[random.Next(attribute.Values.Count)].Key,
            AttributeDatatype.Datetime => "2026-01-01",
            AttributeDatatype.Number => "1",
            _ => "演示",
        };

        private Instant WorkingInstant(LocalDate date) =>
            date.At(new LocalTime(9, 0).PlusMinutes(random.Next(0, 8 * 60))).InZoneLeniently(clock.Zone).ToInstant();

        // Synthetic people: the numbers pass their checks but belong to no one.
        private ServiceApplicant Applicant() =>
            ServiceApplicant.Named(Surnames[random.Next(Surnames.Length)] + "某", MobileNumber.Parse(FormattableString.Invariant($"139{random.Next(10_000_000, 99_999_999)}")));

        private GeoLocation Location() => new(29.2 + (random.NextDouble() / 10), 91.9 + (random.NextDouble() / 10));
    }
}
