using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Visits;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Storage;

/// <summary>
/// The access-scope rules every backend's household stores follow (可见范围): a record is visible and
/// writable when the scope contains its grid (a household's current grid, a resident's filing grid, a
/// visit's household grid). Key-person records additionally need <see cref="FengqiaoPermissions.ReadKeyPersons"/>
/// to be read and <see cref="FengqiaoPermissions.WriteKeyPersons"/> to be written. Rows outside the
/// scope are absent, never "forbidden".
/// </summary>
public static class HouseholdVisibility
{
    /// <summary>Gets a value indicating whether a grid lies in the scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="grid">The grid.</param>
    /// <returns>Whether the scope contains it.</returns>
    public static bool Contains(AccessScope scope, JurisdictionCode grid) => Guard.Against.Null(scope).Contains(grid);

    /// <summary>Gets a value indicating whether a household is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="household">The household.</param>
    /// <returns>Whether the scope contains its current grid.</returns>
    public static bool CanAccess(AccessScope scope, Household household) => Contains(scope, Guard.Against.Null(household).Grid);

    /// <summary>Gets a value indicating whether a resident is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="resident">The resident.</param>
    /// <returns>Whether the scope contains the filing grid.</returns>
    public static bool CanAccess(AccessScope scope, Resident resident) => Contains(scope, Guard.Against.Null(resident).Grid);

    /// <summary>Gets a value indicating whether a standard address is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="address">The address.</param>
    /// <returns>Whether the scope contains its grid.</returns>
    public static bool CanAccess(AccessScope scope, StandardAddress address) => Contains(scope, Guard.Against.Null(address).Grid);

    /// <summary>Gets a value indicating whether a house is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="house">The house.</param>
    /// <returns>Whether the scope contains its grid.</returns>
    public static bool CanAccess(AccessScope scope, House house) => Contains(scope, Guard.Against.Null(house).Grid);

    /// <summary>Gets a value indicating whether premises are visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="premises">The premises.</param>
    /// <returns>Whether the scope contains their grid.</returns>
    public static bool CanAccess(AccessScope scope, PremisesRecord premises) => Contains(scope, Guard.Against.Null(premises).Grid);

    /// <summary>Gets a value indicating whether a visit is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether the scope contains the household's grid.</returns>
    public static bool CanAccess(AccessScope scope, Visit visit) => Contains(scope, Guard.Against.Null(visit).Grid);

    /// <summary>Gets a value indicating whether a key-person record is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="record">The record.</param>
    /// <returns>Whether the scope holds the read permission and contains the grid.</returns>
    public static bool CanRead(AccessScope scope, KeyPersonRecord record) =>
        Guard.Against.Null(scope).HasPermission(FengqiaoPermissions.ReadKeyPersons) && Contains(scope, Guard.Against.Null(record).Grid);

    /// <summary>Gets a value indicating whether a key-person record may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="record">The record.</param>
    /// <returns>Whether the scope holds the write permission and contains the grid.</returns>
    public static bool CanWrite(AccessScope scope, KeyPersonRecord record) =>
        Guard.Against.Null(scope).HasPermission(FengqiaoPermissions.WriteKeyPersons) && Contains(scope, Guard.Against.Null(record).Grid);
}
