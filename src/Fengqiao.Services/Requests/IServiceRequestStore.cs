namespace Fengqiao.Services.Requests;

/// <summary>
/// The store contract of service requests (办件存储). Obtain it with <c>session.GetStore&lt;IServiceRequestStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>A request is visible when the session's scope contains its station's jurisdiction; saving one
/// outside the scope throws <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// <para>Backends that write to disk keep the applicant's name, mobile number and citizen ID encrypted with
/// the host's field protector and find them through its keyed index; the rest of the state may be plain.</para>
/// </remarks>
public interface IServiceRequestStore
{
    /// <summary>Finds a request by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request, or null when absent or not visible.</returns>
    Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the visible requests that match a query, ordered by id (that is, by submission).</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The requests.</returns>
    IAsyncEnumerable<ServiceRequest> QueryAsync(ServiceRequestQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed request for the session's next commit.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(ServiceRequest request, CancellationToken cancellationToken = default);
}
