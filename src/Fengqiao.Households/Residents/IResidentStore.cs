using Fengqiao.Identity;

namespace Fengqiao.Households.Residents;

/// <summary>
/// The store contract of residents (实有人口存储). Obtain it with <c>session.GetStore&lt;IResidentStore&gt;()</c>.
/// </summary>
/// <remarks>
/// Reads run in the session's access scope: a resident filed under a grid outside it is invisible.
/// Backends that persist residents keep the citizen ID and mobile number encrypted with the host's
/// field protector and find residents by a keyed-hash index, never by plaintext. Saves stage the
/// state for the session's commit, checked against the version read (0 for a new resident); a stale
/// version fails the commit with <see cref="Errors.ConcurrencyConflictException"/>.
/// </remarks>
public interface IResidentStore
{
    /// <summary>Finds a resident by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The resident, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<Resident?> FindAsync(ResidentId id, CancellationToken cancellationToken = default);

    /// <summary>Finds a resident by citizen ID (through the keyed-hash index).</summary>
    /// <param name="citizenId">The citizen ID.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The resident, or <see langword="null"/> when absent or outside the scope.</returns>
    Task<Resident?> FindByCitizenIdAsync(CitizenId citizenId, CancellationToken cancellationToken = default);

    /// <summary>Streams the residents that match a query and lie in the scope, ordered by id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The residents.</returns>
    IAsyncEnumerable<Resident> QueryAsync(ResidentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed resident for the session's next commit.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(Resident resident, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stages many new residents at once for the session's next commit — the bulk path of imports
    /// (a binary COPY on PostgreSQL, prepared inserts in one transaction on SQLite). Every resident
    /// must be new (version 0); one that already exists fails the commit with a conflict.
    /// </summary>
    /// <param name="residents">The new residents.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the rows are staged.</returns>
    Task AddManyAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken = default);
}
