using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Beats;

/// <summary>
/// The "一村一警" rule (one community officer per village): on a date, every village should have
/// exactly one responsible officer across the police beats that cover it or any of its grids.
/// </summary>
public static class OneOfficerPerVillage
{
    /// <summary>Finds the officers responsible for a village on a date.</summary>
    /// <param name="village">The village's code.</param>
    /// <param name="beats">The beats to consider (typically every beat touching the village).</param>
    /// <param name="date">The date.</param>
    /// <returns>The distinct officers, ordered by id.</returns>
    public static IReadOnlyList<StaffMemberId> OfficersOf(JurisdictionCode village, IEnumerable<PoliceBeat> beats, LocalDate date)
    {
        Guard.Against.Null(beats);
        return [.. beats
            .Where(b => b.ExistsOn(date) && b.TouchesOn(village, date))
            .Select(b => b.OfficerOn(date))
            .OfType<StaffMemberId>()
            .Distinct()
            .OrderBy(id => id.Value)];
    }

    /// <summary>Checks the rule for villages on a date.</summary>
    /// <param name="villages">The villages to check.</param>
    /// <param name="beats">The beats to consider.</param>
    /// <param name="date">The date.</param>
    /// <returns>The villages with no officer and those with more than one.</returns>
    public static OneOfficerPerVillageReport Check(IEnumerable<JurisdictionCode> villages, IEnumerable<PoliceBeat> beats, LocalDate date)
    {
        Guard.Against.Null(villages);
        Guard.Against.Null(beats);
        var beatList = beats.ToList();
        var without = new List<JurisdictionCode>();
        var several = new List<VillageOfficers>();
        var checkedCount = 0;
        foreach (var village in villages.Distinct().Order())
        {
            checkedCount++;
            var officers = OfficersOf(village, beatList, date);
            if (officers.Count == 0)
            {
                without.Add(village);
            }
            else if (officers.Count > 1)
            {
                several.Add(new VillageOfficers(village, officers));
            }
        }

        return new OneOfficerPerVillageReport(date, checkedCount, without, several);
    }
}
