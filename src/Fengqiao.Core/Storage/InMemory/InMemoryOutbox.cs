using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Storage.InMemory;

/// <summary>The outbox of the in-memory backend.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly List<OutboxMessage> _messages = [];
    private readonly object _lock = new();

    /// <inheritdoc/>
    public async IAsyncEnumerable<OutboxMessage> ReadPendingAsync(int maxCount, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.NegativeOrZero(maxCount);
        OutboxMessage[] pending;
        lock (_lock)
        {
            pending = _messages.Where(m => m.DispatchedAt is null).Take(maxCount).ToArray();
        }

        foreach (var message in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return message;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, Instant at, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ids);
        cancellationToken.ThrowIfCancellationRequested();
        var set = ids.ToHashSet();
        lock (_lock)
        {
            for (var i = 0; i < _messages.Count; i++)
            {
                if (_messages[i].DispatchedAt is null && set.Contains(_messages[i].Id))
                {
                    _messages[i] = _messages[i] with { DispatchedAt = at };
                }
            }
        }

        return Task.CompletedTask;
    }

    internal void AppendRange(IEnumerable<OutboxMessage> messages)
    {
        lock (_lock)
        {
            _messages.AddRange(messages);
        }
    }
}
