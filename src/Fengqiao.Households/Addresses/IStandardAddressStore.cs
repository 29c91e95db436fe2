using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Addresses;

/// <summary>The store contract of standard addresses (标准地址存储), scoped by the address's grid like <see cref="Households.IHouseholdStore"/>.</summary>
public interface IStandardAddressStore
{
    /// <summary>Finds an address by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The address, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<StandardAddress?> FindAsync(StandardAddressId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the addresses inside a division that lie in the scope, ordered by id.</summary>
    /// <param name="within">The division or grid, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The addresses.</returns>
    IAsyncEnumerable<StandardAddress> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed address for the session's next commit.</summary>
    /// <param name="address">The address.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(StandardAddress address, CancellationToken cancellationToken = default);
}
