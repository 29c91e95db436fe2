namespace Fengqiao.Services.Catalog;

/// <summary>
/// The store contract of the service catalog (便民服务目录存储). Obtain it with <c>session.GetStore&lt;IServiceCatalogStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>A service is visible when its publisher lies in the session's scope or contains one of the
/// scope's roots (the catalog is public within its region); saving needs a scope containing the publisher
/// (otherwise <see cref="Errors.ErrorCodes.OutsideScope"/>, nothing staged).</para>
/// <para><see cref="SaveAsync"/> stages the state, checked at commit against the version it was read at (0 for a new service).</para>
/// </remarks>
public interface IServiceCatalogStore
{
    /// <summary>Finds a service by code.</summary>
    /// <param name="code">The service code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The service with all its versions, or null when absent or not visible.</returns>
    Task<ConvenienceService?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Streams the visible services that match a query, ordered by code.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The services.</returns>
    IAsyncEnumerable<ConvenienceService> QueryAsync(ServiceCatalogQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed service for the session's next commit.</summary>
    /// <param name="service">The service.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(ConvenienceService service, CancellationToken cancellationToken = default);
}
