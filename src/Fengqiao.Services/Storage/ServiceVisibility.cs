using Fengqiao.Access;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Services.Storage;

/// <summary>
/// Who may read and write the module's records: a request, work order or found item belongs to a
/// jurisdiction (the station's, or the grid's) and is visible in a scope that contains it; a catalog
/// entry is public within its publisher's region, so it is visible when the publisher lies in the
/// scope or contains one of its roots, and writable only by a scope that contains the publisher.
/// </summary>
public static class ServiceVisibility
{
    /// <summary>Gets a value indicating whether a scope may read a record filed under a jurisdiction.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdiction">The record's jurisdiction.</param>
    /// <returns>Whether it may.</returns>
    public static bool CanAccess(AccessScope scope, JurisdictionCode jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Contains(jurisdiction);
    }

    /// <summary>Gets a value indicating whether a scope may read a catalog entry.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="publisher">The entry's publisher.</param>
    /// <returns>Whether it may.</returns>
    public static bool CanReadCatalog(AccessScope scope, JurisdictionCode publisher)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return GridVisibility.Touches(scope, publisher);
    }
}
