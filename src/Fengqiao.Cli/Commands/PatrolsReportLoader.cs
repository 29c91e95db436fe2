using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Cli.Commands;

/// <summary>
/// Loads a period's patrols, inspections, incidents and prevention activity from a store and computes
/// the figures: shared by <c>patrols report</c>, <c>incidents report</c> and the demo.
/// </summary>
internal static class PatrolsReportLoader
{
    public static async Task<PatrolsReport> LoadAsync(IStorageProvider storage, LocalDate from, LocalDate to, JurisdictionCode? within, CancellationToken cancellationToken)
    {
        await using var session = await storage.OpenSessionAsync(AccessScope.Unrestricted("report"), cancellationToken).ConfigureAwait(false);

        // Grids valid on the period's last day credit patrol distance to the grids it passed through.
        var features = new List<GridFeature>();
        await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(CountyOf(within), to.PlusDays(-1)), cancellationToken).ConfigureAwait(false))
        {
            if (grid.AttributesOn(to.PlusDays(-1)) is { } attributes)
            {
                features.Add(new GridFeature(grid.Code, attributes.Name, attributes.Boundary));
            }
        }

        var input = new PatrolsReportInput(from, to)
        {
            Within = within,
            Locator = features.Count > 0 ? GridLocator.Build(features) : null,
            Patrols = await ToListAsync(session.GetStore<IPatrolStore>().QueryAsync(new PatrolQuery(CountyOf(within), from, to), cancellationToken)).ConfigureAwait(false),
            Inspections = await ToListAsync(session.GetStore<IInspectionStore>().QueryAsync(new InspectionQuery(within, from, to), cancellationToken)).ConfigureAwait(false),
            // Every earlier year too: the year-on-year count and the road-safety streak look back.
            Incidents = await ToListAsync(session.GetStore<IIncidentStore>().QueryAsync(new IncidentQuery(within, To: to), cancellationToken)).ConfigureAwait(false),
            Prevention = await ToListAsync(session.GetStore<IPreventionStore>().QueryAsync(new PreventionQuery(within, from, to), cancellationToken)).ConfigureAwait(false),
        };
        return PatrolsFigures.Compute(input);
    }

    public static string Format(LocalDate date) => Infrastructure.CliArguments.Iso(date);

    public static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    // Patrols walk across villages: narrowing to an area loads the county's patrols and grids and
    // keeps the area's share of each patrol.
    private static JurisdictionCode? CountyOf(JurisdictionCode? within) => within?.County ?? within;

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
