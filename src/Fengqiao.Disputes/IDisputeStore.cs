using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>
/// The store contract of disputes (纠纷存储). Obtain it with <c>session.GetStore&lt;IDisputeStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope: a dispute whose area lies outside the scope is
/// invisible (<see langword="null"/> or absent). Reads see committed data only.</para>
/// <para><see cref="SaveAsync"/> stages the dispute's state, checked at commit against the version it was
/// read at (0 for a new one); it stages the pending domain events into the outbox and, after a
/// successful commit, advances the version. A stale version fails the whole commit with
/// <see cref="Errors.ConcurrencyConflictException"/>: of two concurrent transitions on one dispute one
/// wins and nothing is lost. Saving a dispute outside the scope throws a validation error with code
/// <see cref="Errors.ErrorCodes.OutsideScope"/>.</para>
/// </remarks>
public interface IDisputeStore
{
    /// <summary>Finds a dispute by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dispute, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<Dispute?> FindAsync(DisputeId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the disputes that match a query and lie in the scope, ordered by report date, then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The disputes.</returns>
    IAsyncEnumerable<Dispute> QueryAsync(DisputeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Streams the open disputes inside a division whose deadline lies before a day (超期), ordered by deadline, then id.</summary>
    /// <param name="within">The division (a county, township, village or grid).</param>
    /// <param name="asOf">The day; a deadline before it is overdue.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The overdue disputes.</returns>
    IAsyncEnumerable<Dispute> QueryOverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed dispute for the session's next commit.</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(Dispute dispute, CancellationToken cancellationToken = default);
}
