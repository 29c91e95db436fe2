using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids;

/// <summary>
/// The store contract of grids (网格存储). Obtain it with <c>session.GetStore&lt;IGridStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope: a grid whose code lies outside the scope
/// is invisible (<see langword="null"/> or absent), never "forbidden"; a grid worker scoped to a
/// grid sees only that grid, a township scope its subtree. Reads see committed data only.</para>
/// <para><see cref="SaveAsync"/> stages the grid's state into the session, checked at commit against
/// the version it was read at (0 for a new grid); it stages the pending domain events into the
/// outbox and, after a successful commit, advances <see cref="Domain.AggregateRoot.Version"/>. A stale
/// version fails the whole commit with <see cref="Errors.ConcurrencyConflictException"/>. Saving a
/// grid outside the scope throws a <see cref="Errors.ValidationException"/> with code
/// <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// </remarks>
public interface IGridStore
{
    /// <summary>Finds a grid by code, with its whole history.</summary>
    /// <param name="code">The grid's 15-digit code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The grid, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<Grid?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default);

    /// <summary>Streams the grids that match a query and lie in the scope, ordered by code.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The grids, each with its whole history.</returns>
    IAsyncEnumerable<Grid> QueryAsync(GridQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed grid for the session's next commit.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(Grid grid, CancellationToken cancellationToken = default);
}
