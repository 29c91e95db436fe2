namespace Fengqiao.Auditing;

/// <summary>
/// The append-only audit log port (审计日志). <see cref="AppendAsync"/> writes at once and durably,
/// outside any unit of work: an unmasked read must be logged even when nothing is committed.
/// Entries that belong to a change are staged with <see cref="Storage.IStorageSession.Audit"/> instead,
/// so that they commit atomically with it.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry durably.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Streams the entries that match a filter, oldest first.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching entries.</returns>
    IAsyncEnumerable<AuditEntry> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
