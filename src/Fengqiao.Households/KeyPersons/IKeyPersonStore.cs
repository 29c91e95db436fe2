using Fengqiao.Households.Residents;

namespace Fengqiao.Households.KeyPersons;

/// <summary>
/// The store contract of key-person records (重点人员存储). Reads return nothing unless the session's scope
/// holds <c>FengqiaoPermissions.ReadKeyPersons</c> (records are then visible by grid, as households are);
/// saves need <c>FengqiaoPermissions.WriteKeyPersons</c>. Auditing each read with its purpose is the
/// caller's duty; <see cref="KeyPersonRegistry"/> does it.
/// </summary>
public interface IKeyPersonStore
{
    /// <summary>Finds the record of a resident.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when absent, outside the scope or not permitted.</returns>
    Task<KeyPersonRecord?> FindAsync(ResidentId resident, CancellationToken cancellationToken = default);

    /// <summary>Streams the records that match a query, ordered by resident id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<KeyPersonRecord> QueryAsync(KeyPersonQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed record for the session's next commit.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(KeyPersonRecord record, CancellationToken cancellationToken = default);
}
