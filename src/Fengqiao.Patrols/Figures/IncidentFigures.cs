namespace Fengqiao.Patrols.Figures;

/// <summary>Incident figures for a period (警情指标).</summary>
/// <param name="Incidents">Incidents received (diverted ones included).</param>
/// <param name="ByCategory">Counts by category name.</param>
/// <param name="ByChannel">Counts by channel name.</param>
/// <param name="MedianResponseMinutes">The median time from receipt to police on scene.</param>
/// <param name="P90ResponseMinutes">The 90th percentile of that time.</param>
/// <param name="WithinTargetShare">The share of incidents police reached that were reached within their priority's target.</param>
/// <param name="UrgentWithinTargetShare">The same share for urgent incidents (target 5 minutes).</param>
/// <param name="DivertedTo12345">Non-police matters handed to 12345.</param>
/// <param name="AcceptedFrom12345">Police matters accepted from 12345.</param>
/// <param name="RepeatCalls">Incidents linked as repeat calls.</param>
/// <param name="RepeatCallRate">Repeat calls over incidents.</param>
/// <param name="PreviousYearIncidents">Incidents in the same period a year earlier.</param>
/// <param name="YearOnYearChange">The relative change against it (null when it had none).</param>
/// <param name="Injured">People injured.</param>
/// <param name="Dead">People killed.</param>
/// <param name="RoadTrafficDeaths">People killed in road-traffic incidents.</param>
/// <param name="YearsWithoutRoadTrafficDeath">Consecutive years, back from the period's last year, without a road-traffic death.</param>
public sealed record IncidentFigures(
    int Incidents,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> ByChannel,
    double? MedianResponseMinutes,
    double? P90ResponseMinutes,
    double? WithinTargetShare,
    double? UrgentWithinTargetShare,
    int DivertedTo12345,
    int AcceptedFrom12345,
    int RepeatCalls,
    double? RepeatCallRate,
    int PreviousYearIncidents,
    double? YearOnYearChange,
    int Injured,
    int Dead,
    int RoadTrafficDeaths,
    int YearsWithoutRoadTrafficDeath);
