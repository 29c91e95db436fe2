using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// A filter over divisions for <see cref="IJurisdictionStore.QueryAsync"/>; criteria left null match
/// everything. Backends may push any part down to their database and must then apply
/// <see cref="Matches"/> so that every backend returns the same rows.
/// </summary>
/// <param name="Within">Only this division and those inside it (by code prefix).</param>
/// <param name="AsOf">Only divisions that exist on this date.</param>
/// <param name="Level">Only divisions at this level (with <paramref name="Within"/>: its children are one level down).</param>
public sealed record JurisdictionQuery(JurisdictionCode? Within = null, LocalDate? AsOf = null, JurisdictionLevel? Level = null)
{
    /// <summary>Makes the query for a division's children as of a date.</summary>
    /// <param name="parent">The parent division.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The query.</returns>
    public static JurisdictionQuery ChildrenOf(JurisdictionCode parent, LocalDate asOf) => new(parent, asOf, parent.Level + 1);

    /// <summary>Gets a value indicating whether a division matches the filter (the access scope is applied separately).</summary>
    /// <param name="jurisdiction">The division.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Jurisdiction jurisdiction)
    {
        Guard.Against.Null(jurisdiction);
        return (Within is not { } root || root.Contains(jurisdiction.Code))
            && (Level is not { } level || jurisdiction.Level == level)
            && (AsOf is not { } date || jurisdiction.ExistsOn(date));
    }
}
