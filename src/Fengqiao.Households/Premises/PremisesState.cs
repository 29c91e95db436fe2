using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Premises;

/// <summary>The persisted state of a <see cref="PremisesRecord"/>; backends must protect the contact's mobile number.</summary>
/// <param name="SchemaVersion">The layout version.</param>
/// <param name="Id">The id.</param>
/// <param name="Name">The name of the unit or premises.</param>
/// <param name="Category">The category.</param>
/// <param name="Licence">The business licence or permit number, if any.</param>
/// <param name="Responsible">The responsible person.</param>
/// <param name="Grid">The grid it lies in.</param>
/// <param name="Address">The standard address, when linked.</param>
/// <param name="Validity">When it operates (opened, closed).</param>
/// <param name="SalesReports">Key-item sales reports, in the order recorded.</param>
/// <param name="Inspections">Links to inspections, in the order attached.</param>
/// <param name="Recorded">Who registered it and when.</param>
public sealed record PremisesState(
    int SchemaVersion,
    PremisesId Id,
    string Name,
    PremisesCategory Category,
    string? Licence,
    PremisesContact Responsible,
    JurisdictionCode Grid,
    StandardAddressId? Address,
    ValidityPeriod Validity,
    IReadOnlyList<KeyItemSalesReport> SalesReports,
    IReadOnlyList<PremisesInspectionLink> Inspections,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
