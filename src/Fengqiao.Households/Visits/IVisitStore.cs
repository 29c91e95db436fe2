namespace Fengqiao.Households.Visits;

/// <summary>The store contract of visits (走访存储), scoped by the household's grid like <see cref="Households.IHouseholdStore"/>.</summary>
public interface IVisitStore
{
    /// <summary>Finds a visit by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The visit, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<Visit?> FindAsync(VisitId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the visits that match a query and lie in the scope, ordered by day then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The visits.</returns>
    IAsyncEnumerable<Visit> QueryAsync(VisitQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed visit for the session's next commit.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(Visit visit, CancellationToken cancellationToken = default);
}
