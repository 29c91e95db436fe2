using Fengqiao.Households.Households;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Visits;

/// <summary>What a referral handler receives: the need and where it came from.</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Household">The household.</param>
/// <param name="Grid">The household's grid.</param>
/// <param name="Need">The need.</param>
public sealed record NeedReferralRequest(VisitId Visit, HouseholdId Household, JurisdictionCode Grid, VisitNeed Need);
