using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Premises;

/// <summary>The store contract of units and premises (实有单位存储), scoped by grid like <see cref="Households.IHouseholdStore"/>.</summary>
public interface IPremisesStore
{
    /// <summary>Finds premises by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<PremisesRecord?> FindAsync(PremisesId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the premises inside a division, optionally of one category, that lie in the scope, ordered by id.</summary>
    /// <param name="within">The division or grid, or <see langword="null"/> for all.</param>
    /// <param name="category">The category, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<PremisesRecord> QueryAsync(JurisdictionCode? within, PremisesCategory? category = null, CancellationToken cancellationToken = default);

    /// <summary>Stages new or changed premises for the session's next commit.</summary>
    /// <param name="premises">The record.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(PremisesRecord premises, CancellationToken cancellationToken = default);
}
