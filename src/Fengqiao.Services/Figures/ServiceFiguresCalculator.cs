using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using NodaTime;

namespace Fengqiao.Services.Figures;

/// <summary>
/// Computes <see cref="ServiceFigures"/> over a period in one pass over each input (no grouping
/// pipelines), each request timed on its own station's calendar.
/// </summary>
/// <param name="clockFor">Gives the clock (calendar and zone) of a station.</param>
public sealed class ServiceFiguresCalculator(Func<JurisdictionCode, ServiceClock> clockFor)
{
    private readonly Func<JurisdictionCode, ServiceClock> _clockFor = Guard.Against.Null(clockFor);
    private readonly Dictionary<JurisdictionCode, ServiceClock> _clocks = [];

    /// <summary>Computes the figures.</summary>
    /// <param name="period">The civil dates counted.</param>
    /// <param name="requests">Service requests (those submitted outside the period are skipped).</param>
    /// <param name="workOrders">Work orders (those placed outside the period are skipped).</param>
    /// <param name="foundItems">Found items (those found outside the period are skipped).</param>
    /// <returns>The figures.</returns>
    public ServiceFigures Calculate(DateInterval period, IEnumerable<ServiceRequest> requests, IEnumerable<WorkOrder>? workOrders = null, IEnumerable<FoundItem>? foundItems = null)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(requests);
        int count = 0, completed = 0, onTime = 0, open = 0, rejected = 0, withdrawn = 0, toHotline = 0, fromHotline = 0, complaints = 0, errors = 0;
        long handlingDays = 0;
        foreach (var request in requests)
        {
            if (!period.Contains(request.SubmittedOn))
            {
                continue;
            }

            count++;
            var clock = ClockOf(request.Station);
            switch (request.Status)
            {
                case ServiceRequestStatus.Completed:
                    completed++;
                    onTime += request.IsCompletedOnTime(clock) == true ? 1 : 0;
                    handlingDays += request.HandlingWorkingDays(clock)!.Value;
                    break;
                case ServiceRequestStatus.Rejected:
                    rejected++;
                    break;
                case ServiceRequestStatus.Withdrawn:
                    withdrawn++;
                    break;
                case ServiceRequestStatus.TransferredToHotline:
                    toHotline++;
                    break;
                default:
                    open++;
                    break;
            }

            fromHotline += request.Hotline?.Direction == HotlineDirection.FromHotline ? 1 : 0;
            foreach (var issue in request.Issues)
            {
                complaints += issue.Kind == ServiceIssueKind.Complaint ? 1 : 0;
                errors += issue.Kind == ServiceIssueKind.Error ? 1 : 0;
            }
        }

        int orders = 0, ordersCompleted = 0, ordersPublished = 0;
        foreach (var order in workOrders ?? [])
        {
            if (!period.Contains(ClockOf(order.Village).DateOf(order.OrderedAt)))
            {
                continue;
            }

            orders++;
            ordersCompleted += order.Status is WorkOrderStatus.Completed or WorkOrderStatus.Published ? 1 : 0;
            ordersPublished += order.Status == WorkOrderStatus.Published ? 1 : 0;
        }

        int found = 0, returned = 0;
        double returnMinutes = 0;
        foreach (var item in foundItems ?? [])
        {
            if (!period.Contains(ClockOf(item.Station).DateOf(item.FoundAt)))
            {
                continue;
            }

            found++;
            if (item.TimeToReturn is { } time)
            {
                returned++;
                returnMinutes += time.TotalMinutes;
            }
        }

        return new ServiceFigures(
            period,
            count,
            completed,
            onTime,
            open,
            rejected,
            withdrawn,
            toHotline,
            fromHotline,
            complaints,
            errors,
            completed == 0 ? null : (double)handlingDays / completed,
            orders,
            ordersCompleted,
            ordersPublished,
            found,
            returned,
            returned == 0 ? null : returnMinutes / returned);
    }

    private ServiceClock ClockOf(JurisdictionCode station)
    {
        if (!_clocks.TryGetValue(station, out var clock))
        {
            clock = _clockFor(station);
            _clocks[station] = clock;
        }

        return clock;
    }
}
