using Fengqiao.Auditing;
using Fengqiao.Events;

namespace Fengqiao.Storage.Testing;

/// <summary>Reads the kernel stores back for assertions.</summary>
internal static class KernelProbes
{
    public static async Task<List<AuditEntry>> QueryAuditAsync(IStorageSession session, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var log = session.GetStore<IAuditLog>();
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public static async Task<List<OutboxMessage>> PendingAsync(IStorageSession session, int maxCount = 100_000)
    {
        var outbox = session.GetStore<IOutbox>();
        var messages = new List<OutboxMessage>();
        await foreach (var message in outbox.ReadPendingAsync(maxCount).ConfigureAwait(false))
        {
            messages.Add(message);
        }

        return messages;
    }

    public static async Task<List<OutboxMessage>> PendingWithMarkerAsync(IStorageSession session, string marker) =>
        (await PendingAsync(session).ConfigureAwait(false)).Where(m => m.Payload.Contains(marker, StringComparison.Ordinal)).ToList();
}
