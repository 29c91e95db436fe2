namespace Fengqiao.Households.Households;

/// <summary>
/// The store contract of households (户存储). Obtain it with <c>session.GetStore&lt;IHouseholdStore&gt;()</c>.
/// </summary>
/// <remarks>
/// Reads run in the session's access scope: a household whose current grid lies outside it is
/// invisible (<see langword="null"/> or absent), never "forbidden". Saves stage the state for the
/// session's commit, checked against the version read (0 for a new household); a stale version fails
/// the commit with <see cref="Errors.ConcurrencyConflictException"/>; saving outside the scope throws
/// a <see cref="Errors.ValidationException"/> with <see cref="Errors.ErrorCodes.OutsideScope"/>.
/// </remarks>
public interface IHouseholdStore
{
    /// <summary>Finds a household by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The household, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the households that match a query and lie in the scope, ordered by id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The households.</returns>
    IAsyncEnumerable<Household> QueryAsync(HouseholdQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed household for the session's next commit.</summary>
    /// <param name="household">The household.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(Household household, CancellationToken cancellationToken = default);

    /// <summary>Stages many new households at once (the bulk path of imports); each must be new (version 0).</summary>
    /// <param name="households">The new households.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the rows are staged.</returns>
    Task AddManyAsync(IReadOnlyList<Household> households, CancellationToken cancellationToken = default);
}
