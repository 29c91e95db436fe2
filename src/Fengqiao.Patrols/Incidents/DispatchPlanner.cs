using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// Picks the officer to dispatch (就近派警): among officers on duty when the incident came in, the one
/// whose beat covers the incident's grid most specifically (a grid before its village before its
/// township), then the nearest by last known position; when no beat covers it, the nearest on duty.
/// </summary>
public static class DispatchPlanner
{
    /// <summary>Picks the officer for an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="roster">The duty roster.</param>
    /// <param name="at">When dispatch happens; the incident's receipt when null.</param>
    /// <returns>The officer, or null when nobody is on duty.</returns>
    public static StaffMemberId? Choose(Incident incident, IEnumerable<OnDutyOfficer> roster, Instant? at = null)
    {
        Guard.Against.Null(incident);
        Guard.Against.Null(roster);
        var when = at ?? incident.ReceivedAt;
        var onDuty = roster.Where(o => o.Shift.Contains(when)).ToList();
        if (onDuty.Count == 0)
        {
            return null;
        }

        double Distance(OnDutyOfficer o) =>
            incident.Position is { } p && o.Position is { } q ? p.DistanceTo(q) : double.MaxValue;

        int Specificity(OnDutyOfficer o) =>
            o.Areas.Where(a => a.Contains(incident.Jurisdiction)).Select(a => (int)a.Level).DefaultIfEmpty(0).Max();

        return onDuty
            .OrderByDescending(Specificity)
            .ThenBy(Distance)
            .ThenBy(o => o.Officer.Value)
            .First()
            .Officer;
    }
}
