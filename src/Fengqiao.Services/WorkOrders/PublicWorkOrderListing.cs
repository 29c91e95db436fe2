using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>
/// The party committee's public listing of a grid's completed work orders (党委晒单): only published
/// orders, and only what <see cref="PublishedWorkOrder"/> holds, with ID and phone numbers in the texts masked.
/// </summary>
/// <param name="Grid">The grid (or a village/community for all its grids).</param>
/// <param name="Orders">The published orders, newest completion first.</param>
public sealed record PublicWorkOrderListing(JurisdictionCode Grid, IReadOnlyList<PublishedWorkOrder> Orders)
{
    /// <summary>Builds the listing of an area from work orders; orders outside it or not published are left out.</summary>
    /// <param name="area">The grid, or a village/community.</param>
    /// <param name="orders">The work orders.</param>
    /// <param name="zone">The time zone of the dates shown.</param>
    /// <returns>The listing.</returns>
    public static PublicWorkOrderListing For(JurisdictionCode area, IEnumerable<WorkOrder> orders, DateTimeZone zone)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(zone);
        var entries = orders
            .Where(o => o.Status == WorkOrderStatus.Published && area.Contains(o.Grid))
            .Select(o =>
            {
                var ordered = o.OrderedAt.InZone(zone).Date;
                var completed = o.CompletedAt!.Value.InZone(zone).Date;
                return new PublishedWorkOrder(
                    o.Id.Value.ToString("N", CultureInfo.InvariantCulture)[..8],
                    o.Grid,
                    Applicants.PersonalNumbers.Mask(o.Title),
                    ordered,
                    completed,
                    Period.Between(ordered, completed, PeriodUnits.Days).Days,
                    Applicants.PersonalNumbers.Mask(o.PublicSummary ?? string.Empty));
            })
            .OrderByDescending(e => e.CompletedOn)
            .ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToList();
        return new PublicWorkOrderListing(area, entries);
    }
}
