using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Storage;

/// <summary>
/// The access-scope rules every backend's grid stores follow (可见范围): which rows a scope may read
/// and which it may write. Backends may translate them to SQL and post-filter with these methods.
/// </summary>
/// <remarks>
/// Divisions, grids and training sessions are visible when the scope contains their code (or the
/// organizing jurisdiction). Police beats and staff members are also visible through the areas
/// they serve: when a covered or assigned area lies in the scope or contains one of its roots, so
/// that a grid worker sees the beat over their village and the chief of their village. Writes
/// need the scope to contain the record's own jurisdiction.
/// </remarks>
public static class GridVisibility
{
    /// <summary>Gets a value indicating whether an area lies in the scope or contains one of its roots.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="area">A division or grid.</param>
    /// <returns>Whether the area touches the scope.</returns>
    public static bool Touches(AccessScope scope, JurisdictionCode area)
    {
        Guard.Against.Null(scope);
        return scope.Contains(area) || scope.Roots.Any(area.Contains);
    }

    /// <summary>Gets a value indicating whether a division is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdiction">The division.</param>
    /// <returns>Whether the scope contains its code.</returns>
    public static bool CanRead(AccessScope scope, Jurisdiction jurisdiction) => CanWrite(scope, jurisdiction);

    /// <summary>Gets a value indicating whether a division may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdiction">The division.</param>
    /// <returns>Whether the scope contains its code.</returns>
    public static bool CanWrite(AccessScope scope, Jurisdiction jurisdiction)
    {
        Guard.Against.Null(scope);
        return scope.Contains(Guard.Against.Null(jurisdiction).Code);
    }

    /// <summary>Gets a value indicating whether a grid is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="grid">The grid.</param>
    /// <returns>Whether the scope contains its code.</returns>
    public static bool CanRead(AccessScope scope, Grid grid) => CanWrite(scope, grid);

    /// <summary>Gets a value indicating whether a grid may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="grid">The grid.</param>
    /// <returns>Whether the scope contains its code.</returns>
    public static bool CanWrite(AccessScope scope, Grid grid)
    {
        Guard.Against.Null(scope);
        return scope.Contains(Guard.Against.Null(grid).Code);
    }

    /// <summary>Gets a value indicating whether a police beat is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="beat">The beat.</param>
    /// <returns>Whether the scope contains its jurisdiction or one of its covered areas touches the scope.</returns>
    public static bool CanRead(AccessScope scope, PoliceBeat beat) =>
        CanWrite(scope, beat) || beat.Coverage.Any(c => Touches(scope, c.Area));

    /// <summary>Gets a value indicating whether a police beat may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="beat">The beat.</param>
    /// <returns>Whether the scope contains its jurisdiction.</returns>
    public static bool CanWrite(AccessScope scope, PoliceBeat beat)
    {
        Guard.Against.Null(scope);
        return scope.Contains(Guard.Against.Null(beat).Jurisdiction);
    }

    /// <summary>Gets a value indicating whether a staff member is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="member">The member.</param>
    /// <returns>Whether the scope contains the filing jurisdiction or one of the assigned areas touches the scope.</returns>
    public static bool CanRead(AccessScope scope, StaffMember member) =>
        CanWrite(scope, member) || member.Assignments.Any(a => Touches(scope, a.Area));

    /// <summary>Gets a value indicating whether a staff member may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="member">The member.</param>
    /// <returns>Whether the scope contains the filing jurisdiction.</returns>
    public static bool CanWrite(AccessScope scope, StaffMember member)
    {
        Guard.Against.Null(scope);
        return scope.Contains(Guard.Against.Null(member).Jurisdiction);
    }

    /// <summary>Gets a value indicating whether a training session is visible.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="session">The training session.</param>
    /// <returns>Whether the scope contains the organizing jurisdiction.</returns>
    public static bool CanRead(AccessScope scope, TrainingSession session) => CanWrite(scope, session);

    /// <summary>Gets a value indicating whether a training session may be saved.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="session">The training session.</param>
    /// <returns>Whether the scope contains the organizing jurisdiction.</returns>
    public static bool CanWrite(AccessScope scope, TrainingSession session)
    {
        Guard.Against.Null(scope);
        return scope.Contains(Guard.Against.Null(session).Jurisdiction);
    }
}
