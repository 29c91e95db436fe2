using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Patrols.Storage;

/// <summary>
/// The access-scope rule every backend's patrol stores follow: patrols, inspections, incidents and
/// prevention activities are visible, and may be saved, when the scope contains the division or grid
/// they are filed under.
/// </summary>
public static class PatrolVisibility
{
    /// <summary>Gets a value indicating whether a record filed under a division or grid is visible and writable.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdiction">The division or grid.</param>
    /// <returns>Whether the scope contains it.</returns>
    public static bool Allows(AccessScope scope, JurisdictionCode jurisdiction)
    {
        Guard.Against.Null(scope);
        return scope.Contains(jurisdiction);
    }
}
