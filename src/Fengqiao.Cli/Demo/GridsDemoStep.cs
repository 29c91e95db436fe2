using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.Coverage;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// Loads the seed stations' jurisdictions, grids, staff and police beats into the store, then reads
/// them back through the grid directory: the tree, who answers for a grid, and "一村一警".
/// </summary>
internal sealed class GridsDemoStep : IDemoStep
{
    public string Name => "grids";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Jurisdictions and grids 辖区与网格 (seed stations)");
        var seed = JurisdictionSeed.LoadEmbedded();
        var storage = context.Services.GetRequiredService<IStorageProvider>();
        var clock = context.Services.GetRequiredService<IClock>();
        var data = seed.Build(ChangeStamp.Now(clock, "demo"));
        var loaded = await LoadOnceAsync(storage, seed, clock, data, cancellationToken).ConfigureAwait(false);
        context.Say(loaded
            ? $"  loaded {data.Divisions.Count} divisions, {data.Grids.Count} grids, {data.Staff.Count} staff, {data.Beats.Count} police beats, {data.Trainings.Count} training sessions"
            : "  seed data already in the store; reading it back");

        await using var scope = context.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<GridDirectory>();
        var stations = new List<object>();
        foreach (var station in data.Stations)
        {
            var subtree = await directory.GetSubtreeAsync(station.Jurisdiction, context.Today, cancellationToken).ConfigureAwait(false);
            var grids = subtree.Where(n => n.Level == JurisdictionLevel.Grid).ToList();
            var villages = subtree.Count(n => n.Level == JurisdictionLevel.Village);
            var county = station.Jurisdiction.County ?? station.Jurisdiction;
            var officers = await directory.CheckOneOfficerPerVillageAsync(county, context.Today, cancellationToken).ConfigureAwait(false);
            context.Say($"  {station.Name} ({station.Jurisdiction}): {villages} villages/communities, {grids.Count} grids; 一村一警 {(officers.IsSatisfied ? "satisfied" : $"gaps: {officers.WithoutOfficer.Count} without, {officers.WithSeveralOfficers.Count} with several")}");
            foreach (var node in subtree.Where(n => n.Level is JurisdictionLevel.Township or JurisdictionLevel.Village))
            {
                var indent = node.Level == JurisdictionLevel.Township ? "    " : "      ";
                context.Say($"{indent}{node.Code} {node.Name}");
            }

            object? responsible = null;
            if (grids.Count > 0)
            {
                var answer = await directory.GetResponsibleAsync(grids[0].Code, context.Today, cancellationToken).ConfigureAwait(false);
                if (answer is not null)
                {
                    var roles = answer.People.Select(p => p.Role.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
                    context.Say($"    grid {grids[0].Code} {grids[0].Name}: {answer.People.Count} people responsible ({string.Join(", ", roles)})");
                    responsible = new { grid = grids[0].Code.ToString(), people = answer.People.Count, roles };
                }
            }

            var coverage = await CheckCoverageAsync(context, directory, station.Jurisdiction, cancellationToken).ConfigureAwait(false);
            stations.Add(new
            {
                coverage,
                station = station.Name,
                jurisdiction = station.Jurisdiction.ToString(),
                villages,
                grids = grids.Count,
                oneOfficerPerVillage = officers.IsSatisfied,
                firstGrid = responsible,
            });
        }

        context.Report.Steps[Name] = new { loaded, grids = data.Grids.Count, stations };
    }

    // "无缝覆盖": each village's grids are checked for gaps and overlaps, and a point is located.
    private static async Task<object> CheckCoverageAsync(DemoContext context, GridDirectory directory, JurisdictionCode station, CancellationToken cancellationToken)
    {
        var grids = await directory.GetGridsAsync(station, context.Today, cancellationToken).ConfigureAwait(false);
        var features = grids
            .Select(g => (Grid: g, Attributes: g.AttributesOn(context.Today)))
            .Where(g => g.Attributes is not null)
            .Select(g => new GridFeature(g.Grid.Code, g.Attributes!.Name, g.Attributes.Boundary))
            .ToList();
        int gaps = 0, overlaps = 0;
        double areaM2 = 0;
        foreach (var village in features.GroupBy(f => f.Code.Parent))
        {
            var report = GridCoverage.Check(village);
            gaps += report.Gaps.Count;
            overlaps += report.Overlaps.Count;
            areaM2 += village.Sum(f => GeodesicArea.SquareMetres(f.Boundary));
        }

        string? located = null;
        if (features.Count > 0)
        {
            var probe = features[^1].Boundary.InteriorPoint;
            located = GridLocator.Build(features).Locate(probe.X, probe.Y)?.ToString();
            context.Say($"    coverage 无缝覆盖: {features.Count} grids, {areaM2 / 1_000_000:F2} km², {gaps} gaps, {overlaps} overlaps; point ({probe.X:F4}, {probe.Y:F4}) → grid {located}");
        }

        return new { grids = features.Count, areaKm2 = Math.Round(areaM2 / 1_000_000, 3), gaps, overlaps, locatedPoint = located };
    }

    // Seed ids are stable, so a second run against the same database finds them and leaves them be.
    private static async Task<bool> LoadOnceAsync(IStorageProvider storage, JurisdictionSeed seed, IClock clock, JurisdictionSeedData data, CancellationToken cancellationToken)
    {
        await using var session = await storage.OpenSessionAsync(AccessScope.Unrestricted("demo"), cancellationToken).ConfigureAwait(false);
        if (await session.GetStore<IGridStore>().FindAsync(data.Grids[0].Code, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await seed.SaveAsync(session, ChangeStamp.Now(clock, "demo"), cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
