using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Auditing;

namespace Fengqiao.Storage.InMemory;

/// <summary>An append-only, thread-safe audit log held in memory: for tests and ephemeral hosts.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];
    private readonly object _lock = new();

    /// <summary>Gets the number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entry);
        cancellationToken.ThrowIfCancellationRequested();
        AppendRange([entry]);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditEntry> QueryAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        AuditEntry[] snapshot;
        lock (_lock)
        {
            snapshot = [.. _entries];
        }

        foreach (var entry in snapshot.Where(query.Matches).OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    internal void AppendRange(IEnumerable<AuditEntry> entries)
    {
        lock (_lock)
        {
            _entries.AddRange(entries);
        }
    }
}
