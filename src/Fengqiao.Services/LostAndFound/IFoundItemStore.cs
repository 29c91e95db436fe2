namespace Fengqiao.Services.LostAndFound;

/// <summary>
/// The store contract of found items (失物招领存储). Obtain it with <c>session.GetStore&lt;IFoundItemStore&gt;()</c>.
/// </summary>
/// <remarks>An item is visible when the scope contains its station; disk backends encrypt the owner's name, phone and ID.</remarks>
public interface IFoundItemStore
{
    /// <summary>Finds an item by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The item, or null when absent or not visible.</returns>
    Task<FoundItem?> FindAsync(FoundItemId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the visible items that match a query, ordered by id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<FoundItem> QueryAsync(FoundItemQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed item for the session's next commit.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(FoundItem item, CancellationToken cancellationToken = default);
}
