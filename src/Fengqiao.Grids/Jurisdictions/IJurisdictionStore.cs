using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// The store contract of the jurisdiction tree (区划存储). Obtain it from a storage session with
/// <c>session.GetStore&lt;IJurisdictionStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope: a division whose code lies outside the
/// scope is invisible (<see langword="null"/> or absent), never "forbidden". Reads see committed
/// data only, not the session's staged writes.</para>
/// <para><see cref="SaveAsync"/> stages the division's state into the session, checked at commit
/// against the version it was read at (0 for a new division: saving a code that exists raises
/// <see cref="Errors.ConcurrencyConflictException"/>); it stages the pending domain events into
/// the outbox and, after a successful commit, advances <see cref="Domain.AggregateRoot.Version"/>.
/// Saving a division outside the scope throws a <see cref="Errors.ValidationException"/> with code
/// <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// </remarks>
public interface IJurisdictionStore
{
    /// <summary>Finds a division by code, with its whole history.</summary>
    /// <param name="code">The division's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The division, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<Jurisdiction?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default);

    /// <summary>Streams the divisions that match a query and lie in the scope, ordered by code.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The divisions, each with its whole history.</returns>
    IAsyncEnumerable<Jurisdiction> QueryAsync(JurisdictionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed division for the session's next commit.</summary>
    /// <param name="jurisdiction">The division.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default);
}
