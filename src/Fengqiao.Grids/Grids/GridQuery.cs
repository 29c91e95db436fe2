using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// A filter over grids for <see cref="IGridStore.QueryAsync"/>; criteria left null match everything.
/// Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only grids inside this division (or this grid itself), by code prefix.</param>
/// <param name="AsOf">Only grids that apply on this date.</param>
public sealed record GridQuery(JurisdictionCode? Within = null, LocalDate? AsOf = null)
{
    /// <summary>Gets a value indicating whether a grid matches the filter (the access scope is applied separately).</summary>
    /// <param name="grid">The grid.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Grid grid)
    {
        Guard.Against.Null(grid);
        return (Within is not { } root || root.Contains(grid.Code))
            && (AsOf is not { } date || grid.ExistsOn(date));
    }
}
