using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Beats;

/// <summary>A village and the community officers responsible for it on a date.</summary>
/// <param name="Village">The village's code.</param>
/// <param name="Officers">The officers' staff member ids.</param>
public sealed record VillageOfficers(JurisdictionCode Village, IReadOnlyList<StaffMemberId> Officers);
