using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Ardalis.GuardClauses;
using Fengqiao.Auditing;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Schema;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Kernel;

/// <summary>The audit log of the PostgreSQL backend: table <c>audit_log</c>, one partition per month, append-only.</summary>
internal sealed class PostgreSqlAuditLog : IAuditLog
{
    private readonly PostgreSqlStorageProvider _provider;

    public PostgreSqlAuditLog(PostgreSqlStorageProvider provider)
    {
        _provider = provider;
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entry);
        await _provider.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        await _provider.Partitions.EnsureAsync([Partition.ForMonth(KernelSql.AuditTable, entry.At)], cancellationToken).ConfigureAwait(false);
        await _provider.Retry.ExecuteAsync(
            async ct =>
            {
                var connection = await _provider.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                // Outside a unit of work nothing else guards a retry after a lost acknowledgement.
                await KernelSql.InsertAuditEntriesAsync(_provider, connection, [entry], ct, idempotent: true).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AuditEntry> QueryAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var sql = new StringBuilder(
            $"SELECT id, at, principal_id, action, subject_kind, subject_id, jurisdiction_code, purpose FROM {_provider.QuotedSchema}.{KernelSql.AuditTable} WHERE TRUE");
        var parameters = new List<NpgsqlParameter>();
        AddInstant(sql, parameters, "at >=", query.From);
        AddInstant(sql, parameters, "at <", query.To);
        AddText(sql, parameters, "principal_id", query.PrincipalId);
        AddText(sql, parameters, "action", query.Action);
        AddText(sql, parameters, "subject_kind", query.SubjectKind);
        AddText(sql, parameters, "subject_id", query.SubjectId);
        sql.Append(" ORDER BY at, id");

        await foreach (var entry in _provider.StreamAsync(sql.ToString(), parameters, Read, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    private static AuditEntry Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetFieldValue<Instant>(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : JurisdictionCode.Parse(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7));

    private static void AddInstant(StringBuilder sql, List<NpgsqlParameter> parameters, string predicate, Instant? value)
    {
        if (value is { } instant)
        {
            parameters.Add(new NpgsqlParameter<Instant> { TypedValue = instant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            sql.Append(CultureInfo.InvariantCulture, $" AND {predicate} ${parameters.Count}");
        }
    }

    private static void AddText(StringBuilder sql, List<NpgsqlParameter> parameters, string column, string? value)
    {
        if (value is not null)
        {
            parameters.Add(new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text });
            sql.Append(CultureInfo.InvariantCulture, $" AND {column} = ${parameters.Count}");
        }
    }
}
