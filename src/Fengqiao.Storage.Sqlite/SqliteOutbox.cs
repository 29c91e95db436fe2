using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Events;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Sqlite;

/// <summary>
/// The domain-event outbox (发件箱) of the SQLite backend, in the <c>outbox</c> table. Messages are
/// written in the transaction of the unit of work that raised them and read back in commit order.
/// </summary>
public sealed class SqliteOutbox : IOutbox
{
    private const string InsertSql = """
        INSERT INTO outbox (id, event_type, payload, occurred_at, dispatched_at)
        VALUES ($id, $event_type, $payload, $occurred_at, $dispatched_at);
        """;

    private readonly SqliteStorageProvider _provider;

    internal SqliteOutbox(SqliteStorageProvider provider)
    {
        _provider = provider;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<OutboxMessage> ReadPendingAsync(int maxCount, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.NegativeOrZero(maxCount);
        var connection = await _provider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, event_type, payload, occurred_at FROM outbox WHERE dispatched_at IS NULL ORDER BY seq LIMIT $max;";
            command.Parameters.AddWithValue("$max", maxCount);
            var reader = await _provider.ExecuteReaderAsync(command, "outbox read", cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await _provider.ReadAsync(reader, "outbox read", cancellationToken).ConfigureAwait(false))
                {
                    yield return new OutboxMessage(
                        SqliteValues.ToGuid((byte[])reader[0]),
                        reader.GetString(1),
                        reader.GetString(2),
                        SqliteValues.ToInstant(reader.GetInt64(3)),
                        DispatchedAt: null);
                }
            }
        }
    }

    /// <inheritdoc/>
    public async Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, Instant at, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return;
        }

        var connection = await _provider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "UPDATE outbox SET dispatched_at = $at WHERE id = $id AND dispatched_at IS NULL;";
                command.Parameters.AddWithValue("$at", SqliteValues.ToTicks(at));
                var id = command.Parameters.Add("$id", SqliteType.Blob);
                foreach (var value in ids)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    id.Value = SqliteValues.ToBlob(value);
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }
            catch (SqliteException exception)
            {
                throw _provider.Translate(exception, "outbox update", cancellationToken);
            }
        }
    }

    internal static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        command.Parameters.Add("$id", SqliteType.Blob);
        command.Parameters.Add("$event_type", SqliteType.Text);
        command.Parameters.Add("$payload", SqliteType.Text);
        command.Parameters.Add("$occurred_at", SqliteType.Integer);
        command.Parameters.Add("$dispatched_at", SqliteType.Integer);
        return command;
    }

    internal static void Bind(SqliteCommand command, OutboxMessage message)
    {
        var p = command.Parameters;
        p[0].Value = SqliteValues.ToBlob(message.Id);
        p[1].Value = message.EventType;
        p[2].Value = message.Payload;
        p[3].Value = SqliteValues.ToTicks(message.OccurredAt);
        p[4].Value = SqliteValues.DbValue(message.DispatchedAt is { } d ? SqliteValues.ToTicks(d) : null);
    }
}
