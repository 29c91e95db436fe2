using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Houses;

/// <summary>The persisted state of a <see cref="House"/>.</summary>
/// <param name="SchemaVersion">The layout version.</param>
/// <param name="Id">The id.</param>
/// <param name="Address">The standard address of the house.</param>
/// <param name="Grid">The grid it lies in.</param>
/// <param name="Use">How it is used.</param>
/// <param name="FloorArea">The floor area in square metres, if known.</param>
/// <param name="Recorded">Who registered it and when.</param>
public sealed record HouseState(int SchemaVersion, HouseId Id, StandardAddressId Address, JurisdictionCode Grid, HouseUse Use, decimal? FloorArea, ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
