namespace Fengqiao.Grids.Beats;

/// <summary>
/// The store contract of police beats (警格存储). Obtain it with <c>session.GetStore&lt;IPoliceBeatStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope. A beat is visible when the scope contains
/// the jurisdiction it belongs to, or an area it covers (at any time) lies in the scope or contains
/// one of its roots, so a grid worker sees the beat over their grid or village (see
/// <see cref="Storage.GridVisibility"/>); otherwise it is invisible (<see langword="null"/> or absent).
/// Reads see committed data only.</para>
/// <para><see cref="SaveAsync"/> stages the beat's state, checked at commit against the version it was
/// read at (0 for a new beat); it stages the pending domain events into the outbox and, after a
/// successful commit, advances <see cref="Domain.AggregateRoot.Version"/>. Saving a beat whose
/// jurisdiction lies outside the scope throws a <see cref="Errors.ValidationException"/> with code
/// <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// </remarks>
public interface IPoliceBeatStore
{
    /// <summary>Finds a beat by id.</summary>
    /// <param name="id">The beat's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The beat, or <see langword="null"/> when it does not exist or is not visible in the scope.</returns>
    Task<PoliceBeat?> FindAsync(PoliceBeatId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the beats that match a query and are visible in the scope, ordered by jurisdiction, code and id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The beats.</returns>
    IAsyncEnumerable<PoliceBeat> QueryAsync(PoliceBeatQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed beat for the session's next commit.</summary>
    /// <param name="beat">The beat.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(PoliceBeat beat, CancellationToken cancellationToken = default);
}
