using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Houses;

/// <summary>The store contract of houses (实有房屋存储), scoped by the house's grid like <see cref="Households.IHouseholdStore"/>.</summary>
public interface IHouseStore
{
    /// <summary>Finds a house by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The house, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<House?> FindAsync(HouseId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the houses inside a division that lie in the scope, ordered by id.</summary>
    /// <param name="within">The division or grid, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The houses.</returns>
    IAsyncEnumerable<House> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed house for the session's next commit.</summary>
    /// <param name="house">The house.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(House house, CancellationToken cancellationToken = default);
}
