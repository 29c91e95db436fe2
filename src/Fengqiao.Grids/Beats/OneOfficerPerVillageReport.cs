using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Beats;

/// <summary>The result of checking "一村一警" on a date.</summary>
/// <param name="AsOf">The date checked.</param>
/// <param name="VillagesChecked">The number of villages checked.</param>
/// <param name="WithoutOfficer">Villages with no responsible officer.</param>
/// <param name="WithSeveralOfficers">Villages with more than one responsible officer, and who they are.</param>
public sealed record OneOfficerPerVillageReport(
    LocalDate AsOf,
    int VillagesChecked,
    IReadOnlyList<JurisdictionCode> WithoutOfficer,
    IReadOnlyList<VillageOfficers> WithSeveralOfficers)
{
    /// <summary>Gets a value indicating whether every checked village has exactly one officer.</summary>
    public bool IsSatisfied => WithoutOfficer.Count == 0 && WithSeveralOfficers.Count == 0;
}
