using Fengqiao.Auditing;
using Fengqiao.Events;
using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Kernel;

/// <summary>
/// Writes of the kernel tables. Many entries go in one statement: the values travel as one array
/// per column and <c>unnest</c> turns them back into rows, so a unit of work with a thousand audit
/// entries costs one round trip, like one with a single entry.
/// </summary>
internal static class KernelSql
{
    /// <summary>The audit log's table name.</summary>
    public const string AuditTable = "audit_log";

    /// <summary>The outbox's table name.</summary>
    public const string OutboxTable = "outbox";

    /// <summary>Inserts audit entries. <paramref name="idempotent"/>: an entry already stored (same id and instant) is skipped, so that an append retried after a lost acknowledgement is stored once.</summary>
    public static async Task InsertAuditEntriesAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken, bool idempotent = false)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var command = new NpgsqlCommand(
            $"""
            INSERT INTO {provider.QuotedSchema}.{AuditTable} (id, at, principal_id, action, subject_kind, subject_id, jurisdiction_code, purpose)
            SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
            {(idempotent ? "ON CONFLICT DO NOTHING" : string.Empty)}
            """,
            connection);
        await using var commandScope = command.ConfigureAwait(false);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. entries.Select(e => e.Id)] });
        command.Parameters.Add(new NpgsqlParameter<NodaTime.Instant[]> { TypedValue = [.. entries.Select(e => e.At)] });
        AddTexts(command, entries.Select(e => e.PrincipalId));
        AddTexts(command, entries.Select(e => e.Action));
        AddTexts(command, entries.Select(e => e.SubjectKind));
        AddTexts(command, entries.Select(e => e.SubjectId));
        AddTexts(command, entries.Select(e => e.Jurisdiction?.ToString()));
        AddTexts(command, entries.Select(e => e.Purpose));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertOutboxMessagesAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var command = new NpgsqlCommand(
            $"""
            INSERT INTO {provider.QuotedSchema}.{OutboxTable} (id, event_type, payload, occurred_at)
            SELECT id, event_type, payload, occurred_at
            FROM unnest($1::uuid[], $2::text[], $3::json[], $4::timestamptz[]) WITH ORDINALITY AS m (id, event_type, payload, occurred_at, n)
            ORDER BY n
            """,
            connection);
        await using var commandScope = command.ConfigureAwait(false);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. messages.Select(m => m.Id)] });
        AddTexts(command, messages.Select(m => m.EventType));
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. messages.Select(m => m.Payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json });
        command.Parameters.Add(new NpgsqlParameter<NodaTime.Instant[]> { TypedValue = [.. messages.Select(m => m.OccurredAt)] });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddTexts(NpgsqlCommand command, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
}
