using Ardalis.GuardClauses;
using Fengqiao.Patrols.Incidents;

namespace Fengqiao.Patrols.Figures;

/// <summary>Road-safety streaks ("连续 N 年无道路交通死亡事故").</summary>
public static class RoadSafety
{
    /// <summary>Counts the consecutive years, back from <paramref name="lastYear"/>, without a road-traffic death.</summary>
    /// <param name="incidents">Incidents of every year on record (only traffic incidents with deaths matter).</param>
    /// <param name="lastYear">The year to count back from (included).</param>
    /// <param name="firstYearOnRecord">The first year records cover; the streak cannot reach further back.</param>
    /// <returns>The number of years.</returns>
    public static int YearsWithoutRoadTrafficDeath(IEnumerable<Incident> incidents, int lastYear, int firstYearOnRecord)
    {
        Guard.Against.Null(incidents);
        var deathYears = incidents.Where(i => i.IsRoadTrafficDeath).Select(i => i.Date.Year).ToHashSet();
        var years = 0;
        for (var year = lastYear; year >= firstYearOnRecord && !deathYears.Contains(year); year--)
        {
            years++;
        }

        return years;
    }
}
