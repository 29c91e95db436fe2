using Fengqiao.Grids;
using Fengqiao.Households.Residents;

namespace Fengqiao.Households.Households;

/// <summary>One period of a resident's membership in a household (户成员), with their relation to the head.</summary>
/// <param name="Resident">The member.</param>
/// <param name="Relation">The relation to the head.</param>
/// <param name="Validity">When the membership applies.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record HouseholdMembership(ResidentId Resident, RelationToHead Relation, ValidityPeriod Validity, ChangeStamp Recorded);
