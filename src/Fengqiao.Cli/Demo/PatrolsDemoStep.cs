using Fengqiao.Access;
using Fengqiao.Cli.Commands;
using Fengqiao.Grids;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// A year of prevention and response (平安不出事) for the demo county: foot, vehicle, mounted and drone
/// patrols through its grids, courier-site and hotel inspections with rectification, incidents from
/// every channel dispatched to the beat officers, publicity and alerts — then the year's figures.
/// Generated once per database (a second run finds them and reports again).
/// </summary>
internal sealed class PatrolsDemoStep : IDemoStep
{
    // Zhaxigang's county (墨竹工卡县), whose station the seeds describe in most detail.
    private static readonly JurisdictionCode PreferredCounty = JurisdictionCode.Parse("540127");

    public string Name => "patrols";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Patrols, inspections and incidents 巡防与警情 (平安不出事)");
        var storage = context.Services.GetRequiredService<IStorageProvider>();
        var clock = context.Services.GetRequiredService<IClock>();
        var zone = context.Services.GetRequiredService<DateTimeZone>();
        var county = await ChooseCountyAsync(storage, cancellationToken).ConfigureAwait(false);
        if (county is null)
        {
            context.Say("  no grids in the store; skipped");
            return;
        }

        var from = context.Today.PlusYears(-1);
        var to = context.Today;
        var generated = await GenerateOnceAsync(context, storage, clock, zone, county.Value, from, to, cancellationToken).ConfigureAwait(false);
        context.Say(generated is { } counts
            ? $"  generated for county {county}: {counts.Patrols} patrols, {counts.Inspections} inspections, {counts.Incidents} incidents, {counts.Prevention} prevention activities"
            : $"  county {county}: records already in the store; reporting them");

        var report = await PatrolsReportLoader.LoadAsync(storage, from, to, county, cancellationToken).ConfigureAwait(false);
        if (!context.Json)
        {
            PatrolsCommands.Write(context.Console.Out, report);
            IncidentsCommands.Write(context.Console.Out, report);
        }

        context.Report.Steps[Name] = new
        {
            county = county.ToString(),
            generated = generated is not null,
            from = PatrolsReportLoader.Format(from),
            to = PatrolsReportLoader.Format(to.PlusDays(-1)),
            report.Patrols,
            report.Inspections,
            report.Incidents,
            report.Prevention,
        };
    }

    private static async Task<JurisdictionCode?> ChooseCountyAsync(IStorageProvider storage, CancellationToken cancellationToken)
    {
        await using var session = await storage.OpenSessionAsync(AccessScope.Unrestricted("demo"), cancellationToken).ConfigureAwait(false);
        JurisdictionCode? first = null;
        await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(), cancellationToken).ConfigureAwait(false))
        {
            if (grid.Code.County == PreferredCounty)
            {
                return PreferredCounty;
            }

            first ??= grid.Code.County;
        }

        return first;
    }

    private static async Task<Counts?> GenerateOnceAsync(DemoContext context, IStorageProvider storage, IClock clock, DateTimeZone zone, JurisdictionCode county, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        List<GridFeature> grids = [];
        List<OnDutyOfficer> roster = [];
        await using (var session = await storage.OpenSessionAsync(AccessScope.Unrestricted("demo"), cancellationToken).ConfigureAwait(false))
        {
            await foreach (var _ in session.GetStore<IPatrolStore>().QueryAsync(new PatrolQuery(county), cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(county, context.Today), cancellationToken).ConfigureAwait(false))
            {
                if (grid.AttributesOn(context.Today) is { } attributes)
                {
                    grids.Add(new GridFeature(grid.Code, attributes.Name, attributes.Boundary));
                }
            }

            var year = new Interval(from.AtStartOfDayInZone(zone).ToInstant(), to.AtStartOfDayInZone(zone).ToInstant());
            await foreach (var beat in session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery(Within: county), cancellationToken).ConfigureAwait(false))
            {
                var areas = beat.AreasOn(context.Today);
                roster.AddRange(beat.Officers.Select(o => new OnDutyOfficer(o.Officer, areas, year)));
            }
        }

        if (grids.Count == 0)
        {
            return null;
        }

        var generator = new YearGenerator(context, clock, zone, grids, roster, from, to);
        var counts = new Counts();
        var stamp = ChangeStamp.Now(clock, "demo");
        await SaveAsync(storage, generator.Patrols(stamp), (s, p) => s.GetStore<IPatrolStore>().SaveAsync(p, cancellationToken), n => counts.Patrols = n, cancellationToken).ConfigureAwait(false);
        await SaveAsync(storage, generator.Inspections(stamp), (s, i) => s.GetStore<IInspectionStore>().SaveAsync(i, cancellationToken), n => counts.Inspections = n, cancellationToken).ConfigureAwait(false);
        await SaveAsync(storage, generator.Incidents(stamp), (s, i) => s.GetStore<IIncidentStore>().SaveAsync(i, cancellationToken), n => counts.Incidents = n, cancellationToken).ConfigureAwait(false);
        await SaveAsync(storage, generator.Prevention(stamp), (s, a) => s.GetStore<IPreventionStore>().SaveAsync(a, cancellationToken), n => counts.Prevention = n, cancellationToken).ConfigureAwait(false);
        return counts;
    }

    // Many changes per commit: one transaction per aggregate would cost an fsync each.
    private static async Task SaveAsync<T>(IStorageProvider storage, IEnumerable<T> items, Func<IStorageSession, T, Task> save, Action<int> count, CancellationToken cancellationToken)
    {
        const int batch = 500;
        var saved = 0;
        foreach (var chunk in items.Chunk(batch))
        {
            await using var session = await storage.OpenSessionAsync(AccessScope.Unrestricted("demo"), cancellationToken).ConfigureAwait(false);
            foreach (var item in chunk)
            {
                await save(session, item).ConfigureAwait(false);
            }

            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            saved += chunk.Length;
        }

        count(saved);
    }

    private sealed class Counts
    {
        public int Patrols { get; set; }

        public int Inspections { get; set; }

        public int Incidents { get; set; }

        public int Prevention { get; set; }
    }
}
