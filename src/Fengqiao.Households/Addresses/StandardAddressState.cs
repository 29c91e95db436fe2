using Fengqiao.Grids;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Addresses;

/// <summary>The persisted state of a <see cref="StandardAddress"/>.</summary>
/// <param name="SchemaVersion">The layout version.</param>
/// <param name="Id">The id.</param>
/// <param name="Grid">The grid it lies in.</param>
/// <param name="Text">The full address text.</param>
/// <param name="BureauCode">The bureau's address code, if known.</param>
/// <param name="Recorded">Who registered it and when.</param>
public sealed record StandardAddressState(int SchemaVersion, StandardAddressId Id, JurisdictionCode Grid, string Text, string? BureauCode, ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
