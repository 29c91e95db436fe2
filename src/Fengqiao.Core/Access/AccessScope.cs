using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Access;

/// <summary>
/// Access scope (数据权限范围): the jurisdiction subtrees a principal may see, with its roles and
/// permissions. Every query runs in a scope; rows outside it are invisible (not found, never
/// "forbidden"), so that existence does not leak.
/// </summary>
public sealed class AccessScope
{
    private AccessScope(string principalId, ImmutableArray<JurisdictionCode> roots, bool unrestricted, ImmutableHashSet<string> roles, ImmutableHashSet<string> permissions)
    {
        PrincipalId = principalId;
        Roots = roots;
        IsUnrestricted = unrestricted;
        Roles = roles;
        Permissions = permissions;
    }

    /// <summary>Gets the id of the principal (a staff or system account id, never a citizen ID number).</summary>
    public string PrincipalId { get; }

    /// <summary>Gets the roots of the visible jurisdiction subtrees (empty when unrestricted).</summary>
    public ImmutableArray<JurisdictionCode> Roots { get; }

    /// <summary>Gets a value indicating whether the scope sees every jurisdiction (system and nationwide accounts).</summary>
    public bool IsUnrestricted { get; }

    /// <summary>Gets the principal's roles, such as <c>GridWorker</c> or <c>CommunityOfficer</c>.</summary>
    public ImmutableHashSet<string> Roles { get; }

    /// <summary>Gets the principal's permissions; see <see cref="FengqiaoPermissions"/>.</summary>
    public ImmutableHashSet<string> Permissions { get; }

    /// <summary>Creates a scope over the given jurisdiction subtrees.</summary>
    /// <param name="principalId">The principal's account id.</param>
    /// <param name="roots">The subtrees the principal may see: a grid worker's grid, a township's code…</param>
    /// <param name="roles">The principal's roles.</param>
    /// <param name="permissions">The principal's permissions.</param>
    /// <returns>The scope.</returns>
    public static AccessScope For(string principalId, IEnumerable<JurisdictionCode> roots, IEnumerable<string>? roles = null, IEnumerable<string>? permissions = null)
    {
        Guard.Against.NullOrWhiteSpace(principalId);
        Guard.Against.Null(roots);
        var list = roots.ToList();
        foreach (var root in list)
        {
            Guard.Against.Expression(r => r.IsEmpty, root, "An access scope root must be a parsed jurisdiction code.");
        }

        // Keep only the outermost roots: a subtree inside another adds nothing.
        var minimal = list.Distinct()
            .Where(r => !list.Any(o => o != r && o.Contains(r)))
            .Order()
            .ToImmutableArray();
        return new AccessScope(
            principalId,
            minimal,
            unrestricted: false,
            (roles ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            (permissions ?? []).ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>Creates a scope that sees every jurisdiction, for system jobs, imports and nationwide accounts.</summary>
    /// <param name="principalId">The principal's account id.</param>
    /// <param name="roles">The principal's roles.</param>
    /// <param name="permissions">The principal's permissions.</param>
    /// <returns>The scope.</returns>
    public static AccessScope Unrestricted(string principalId, IEnumerable<string>? roles = null, IEnumerable<string>? permissions = null)
    {
        Guard.Against.NullOrWhiteSpace(principalId);
        return new AccessScope(
            principalId,
            [],
            unrestricted: true,
            (roles ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            (permissions ?? []).ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>Gets a value indicating whether a record filed under <paramref name="code"/> is visible in this scope.</summary>
    /// <param name="code">The record's jurisdiction (grid, village, township or county).</param>
    /// <returns><see langword="true"/> when the code lies in one of the subtrees.</returns>
    public bool Contains(JurisdictionCode code)
    {
        if (IsUnrestricted)
        {
            return true;
        }

        foreach (var root in Roots)
        {
            if (root.Contains(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a value indicating whether the principal holds a permission.</summary>
    /// <param name="permission">A permission, see <see cref="FengqiaoPermissions"/>.</param>
    /// <returns>Whether it is held.</returns>
    public bool HasPermission(string permission) => Permissions.Contains(permission);

    /// <summary>Gets a value indicating whether the principal holds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Whether it is held.</returns>
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Describes the scope without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        IsUnrestricted ? $"{PrincipalId}: *" : $"{PrincipalId}: {string.Join(",", Roots)}";
}
