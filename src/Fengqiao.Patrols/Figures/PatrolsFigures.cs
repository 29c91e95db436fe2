using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using NodaTime;

namespace Fengqiao.Patrols.Figures;

/// <summary>
/// Computes the prevention and response figures for the evaluation module: patrol km, hours and
/// person-hours per grid; inspections, hazards and on-time rectification; incidents by category and
/// channel, median and P90 response time and the share within target, diversion to 12345, repeat-call
/// rate, year-on-year counts and the road-safety streak; publicity and alert counts. Each list is
/// walked once; percentiles are selected, not sorted.
/// </summary>
public static class PatrolsFigures
{
    /// <summary>Computes the report.</summary>
    /// <param name="input">The records and the period.</param>
    /// <returns>The report.</returns>
    public static PatrolsReport Compute(PatrolsReportInput input)
    {
        Guard.Against.Null(input);
        if (input.To <= input.From)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.PeriodInvalid, nameof(input.To), input.From, input.To);
        }

        return new PatrolsReport(
            input.From,
            input.To,
            input.Within?.ToString(),
            PatrolsOf(input),
            InspectionsOf(input),
            IncidentsOf(input),
            PreventionOf(input));
    }

    private static bool InPeriod(PatrolsReportInput input, LocalDate date) => date >= input.From && date < input.To;

    private static bool InArea(PatrolsReportInput input, JurisdictionCode code) => input.Within is not { } root || root.Contains(code);

    private static PatrolFigures PatrolsOf(PatrolsReportInput input)
    {
        var byGrid = new SortedDictionary<JurisdictionCode, GridShare>();
        int patrols = 0, sorties = 0, hazards = 0, help = 0, suspicious = 0, publicity = 0;
        double droneKm = 0, droneMinutes = 0;
        foreach (var patrol in input.Patrols)
        {
            if (!InPeriod(input, patrol.Date))
            {
                continue;
            }

            var shares = PatrolGeography.ByGrid(patrol, input.Locator).Where(s => InArea(input, s.Key)).ToList();
            if (shares.Count == 0 && !InArea(input, patrol.Jurisdiction))
            {
                continue;
            }

            patrols++;
            foreach (var (grid, share) in shares)
            {
                byGrid.TryGetValue(grid, out var sum);
                byGrid[grid] = new GridShare(sum.Metres + share.Metres, sum.Seconds + share.Seconds, sum.PersonSeconds + share.PersonSeconds);
            }

            foreach (var sortie in patrol.Sorties)
            {
                sorties++;
                droneKm += sortie.Kilometres;
                droneMinutes += sortie.Minutes;
            }

            foreach (var observation in patrol.Observations)
            {
                switch (observation.Kind)
                {
                    case ObservationKind.Hazard: hazards++; break;
                    case ObservationKind.HelpGiven: help++; break;
                    case ObservationKind.SuspiciousSituation: suspicious++; break;
                    default: publicity++; break;
                }
            }
        }

        var grids = byGrid.Select(g => new GridPatrolFigures(g.Key.ToString(), Round(g.Value.Metres / 1000), Round(g.Value.Seconds / 3600), Round(g.Value.PersonSeconds / 3600))).ToList();
        return new PatrolFigures(
            patrols,
            Round(byGrid.Values.Sum(s => s.Metres) / 1000),
            Round(byGrid.Values.Sum(s => s.Seconds) / 3600),
            Round(byGrid.Values.Sum(s => s.PersonSeconds) / 3600),
            sorties,
            Round(droneKm),
            Round(droneMinutes),
            hazards,
            help,
            suspicious,
            publicity,
            grids);
    }

    private static InspectionFigures InspectionsOf(PatrolsReportInput input)
    {
        int count = 0, hazards = 0, orders = 0, onTime = 0, late = 0, open = 0, reinspections = 0;
        foreach (var inspection in input.Inspections)
        {
            if (!InPeriod(input, inspection.Date) || !InArea(input, inspection.Jurisdiction))
            {
                continue;
            }

            count++;
            hazards += inspection.HazardCount;
            reinspections += inspection.Reinspections.Count;
            foreach (var order in inspection.Orders)
            {
                orders++;
                if (order.IsOpen)
                {
                    open++;
                }
                else if (order.RectifiedOnTime)
                {
                    onTime++;
                }
                else
                {
                    late++;
                }
            }
        }

        return new InspectionFigures(count, hazards, orders, onTime, late, open, reinspections);
    }

    private static IncidentFigures IncidentsOf(PatrolsReportInput input)
    {
        var byCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byChannel = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var responses = new List<double>();
        int total = 0, reached = 0, withinTarget = 0, urgentReached = 0, urgentWithin = 0, diverted = 0, accepted = 0, repeats = 0, previous = 0, injured = 0, dead = 0, roadDeaths = 0;
        var previousFrom = input.From.PlusYears(-1);
        var previousTo = input.To.PlusYears(-1);
        var firstYear = int.MaxValue;
        var inArea = new List<Incident>();
        foreach (var incident in input.Incidents)
        {
            if (!InArea(input, incident.Jurisdiction))
            {
                continue;
            }

            inArea.Add(incident);
            firstYear = Math.Min(firstYear, incident.Date.Year);
            if (incident.Date >= previousFrom && incident.Date < previousTo)
            {
                previous++;
            }

            if (!InPeriod(input, incident.Date))
            {
                continue;
            }

            total++;
            Increment(byCategory, incident.Category.ToString());
            Increment(byChannel, incident.Channel.ToString());
            if (incident.ResponseTime is { } response)
            {
                responses.Add(response.TotalMinutes);
                reached++;
                var within = response <= input.Targets.For(incident.Priority);
                withinTarget += within ? 1 : 0;
                if (incident.Priority == IncidentPriority.Urgent)
                {
                    urgentReached++;
                    urgentWithin += within ? 1 : 0;
                }
            }

            diverted += incident.HandOffs.Count(h => h.Direction == HandOffDirection.To12345);
            accepted += incident.HandOffs.Count(h => h.Direction == HandOffDirection.From12345);
            repeats += incident.RepeatOf is null ? 0 : 1;
            if (incident.Outcome is { } outcome)
            {
                injured += outcome.Injured;
                dead += outcome.Dead;
                roadDeaths += incident.IsRoadTrafficDeath ? outcome.Dead : 0;
            }
        }

        var values = responses.ToArray();
        var median = Percentiles.Select(values, 0.5);
        var p90 = Percentiles.Select(values, 0.9);
        var lastYear = input.To.PlusDays(-1).Year;
        var streak = RoadSafety.YearsWithoutRoadTrafficDeath(inArea, lastYear, input.FirstYearOnRecord ?? (firstYear == int.MaxValue ? lastYear : firstYear));
        return new IncidentFigures(
            total,
            byCategory,
            byChannel,
            median is { } m ? Round(m) : null,
            p90 is { } p ? Round(p) : null,
            Share(withinTarget, reached),
            Share(urgentWithin, urgentReached),
            diverted,
            accepted,
            repeats,
            Share(repeats, total),
            previous,
            previous == 0 ? null : Round((total - previous) / (double)previous),
            injured,
            dead,
            roadDeaths,
            streak);
    }

    private static PreventionFigures PreventionOf(PatrolsReportInput input)
    {
        var byTopic = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int events = 0, attendees = 0, alerts = 0, consultations = 0;
        foreach (var activity in input.Prevention)
        {
            if (!InPeriod(input, activity.Date) || !InArea(input, activity.Jurisdiction))
            {
                continue;
            }

            Increment(byTopic, activity.Topic.ToString());
            switch (activity.Kind)
            {
                case PreventionKind.PublicityEvent:
                    events++;
                    attendees += activity.Attendees;
                    break;
                case PreventionKind.OnlineAlert:
                    alerts++;
                    break;
                default:
                    consultations++;
                    break;
            }
        }

        return new PreventionFigures(events, attendees, alerts, consultations, byTopic);
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    private static double? Share(int part, int whole) => whole == 0 ? null : Round(part / (double)whole);

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
