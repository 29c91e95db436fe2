using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Households;

/// <summary>One period of a household's address and grid (住址与网格); a move opens a new one, the old is kept.</summary>
/// <param name="Validity">When the placement applies.</param>
/// <param name="Grid">The grid (15 digits).</param>
/// <param name="Address">The address as written on the form.</param>
/// <param name="StandardAddress">The standard address (标准地址), when linked.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record HouseholdPlacement(ValidityPeriod Validity, JurisdictionCode Grid, string Address, StandardAddressId? StandardAddress, ChangeStamp Recorded);
