using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.KeyPersons;

/// <summary>The persisted state of a <see cref="KeyPersonRecord"/>.</summary>
/// <param name="SchemaVersion">The layout version.</param>
/// <param name="Resident">The resident (also the record's key).</param>
/// <param name="Grid">The grid the record is filed under (for scope).</param>
/// <param name="Designations">The designations, oldest first.</param>
public sealed record KeyPersonState(int SchemaVersion, ResidentId Resident, JurisdictionCode Grid, IReadOnlyList<KeyPersonDesignation> Designations)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
