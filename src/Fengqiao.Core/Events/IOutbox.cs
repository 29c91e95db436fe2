using NodaTime;

namespace Fengqiao.Events;

/// <summary>
/// The outbox contract (发件箱): hosts read pending messages and mark them dispatched once they
/// have been handed on (to a message bus, a bureau system, a notifier).
/// </summary>
public interface IOutbox
{
    /// <summary>Streams pending messages, oldest first.</summary>
    /// <param name="maxCount">The most messages to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pending messages.</returns>
    IAsyncEnumerable<OutboxMessage> ReadPendingAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Marks messages dispatched; unknown and already dispatched ids are ignored.</summary>
    /// <param name="ids">The message ids.</param>
    /// <param name="at">When they were dispatched.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>A task that completes when the marks are stored.</returns>
    Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, Instant at, CancellationToken cancellationToken = default);
}
