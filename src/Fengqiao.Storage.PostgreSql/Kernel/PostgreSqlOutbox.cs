using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Events;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Kernel;

/// <summary>The outbox of the PostgreSQL backend: table <c>outbox</c>, pending messages found in write order through a partial index.</summary>
internal sealed class PostgreSqlOutbox : IOutbox
{
    private readonly PostgreSqlStorageProvider _provider;

    public PostgreSqlOutbox(PostgreSqlStorageProvider provider)
    {
        _provider = provider;
    }

    public async IAsyncEnumerable<OutboxMessage> ReadPendingAsync(int maxCount, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.NegativeOrZero(maxCount);
        var sql = $"SELECT id, event_type, payload::text, occurred_at FROM {_provider.QuotedSchema}.{KernelSql.OutboxTable} WHERE dispatched_at IS NULL ORDER BY position LIMIT $1";
        NpgsqlParameter[] parameters = [new NpgsqlParameter<int> { TypedValue = maxCount, NpgsqlDbType = NpgsqlDbType.Integer }];
        await foreach (var message in _provider.StreamAsync(sql, parameters, Read, cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }

    public async Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, Instant at, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ids);
        if (ids.Count == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return;
        }

        var sql = $"UPDATE {_provider.QuotedSchema}.{KernelSql.OutboxTable} SET dispatched_at = $2 WHERE id = ANY($1) AND dispatched_at IS NULL";
        NpgsqlParameter[] parameters =
        [
            new NpgsqlParameter<Guid[]> { TypedValue = [.. ids] },
            new NpgsqlParameter<Instant> { TypedValue = at, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        ];
        await _provider.ExecuteAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
    }

    private static OutboxMessage Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<Instant>(3),
        DispatchedAt: null);
}
