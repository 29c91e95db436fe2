namespace Fengqiao.Patrols.Prevention;

/// <summary>
/// The store contract of prevention activities (防范宣传存储). Obtain it with <c>session.GetStore&lt;IPreventionStore&gt;()</c>.
/// </summary>
/// <remarks>
/// Reads run in the session's access scope: a record filed outside it is invisible (<see langword="null"/> or
/// absent). <see cref="SaveAsync"/> stages the state, checked at commit against the version it was read at
/// (0 for a new one), stages pending domain events into the outbox and, after the commit, advances the
/// version. Saving a record filed outside the scope throws a <see cref="Errors.ValidationException"/> with
/// code <see cref="Errors.ErrorCodes.OutsideScope"/>.
/// </remarks>
public interface IPreventionStore
{
    /// <summary>Finds a record by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<PreventionActivity?> FindAsync(PreventionActivityId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the records that match a query and lie in the scope, ordered by date, then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<PreventionActivity> QueryAsync(PreventionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed record for the session's next commit.</summary>
    /// <param name="item">The record.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(PreventionActivity item, CancellationToken cancellationToken = default);
}
