using System.Runtime.CompilerServices;
using System.Text;
using Ardalis.GuardClauses;
using Fengqiao.Auditing;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite;

/// <summary>
/// The audit log (审计日志) of the SQLite backend, in the <c>audit_log</c> table of the same database.
/// <see cref="AppendAsync"/> commits each entry at once on its own connection; entries staged in a
/// session commit in that session's transaction.
/// </summary>
public sealed class SqliteAuditLog : IAuditLog
{
    private const string InsertSql = """
        INSERT INTO audit_log (id, at, principal_id, action, subject_kind, subject_id, jurisdiction, county, purpose)
        VALUES ($id, $at, $principal_id, $action, $subject_kind, $subject_id, $jurisdiction, $county, $purpose);
        """;

    private readonly SqliteStorageProvider _provider;

    internal SqliteAuditLog(SqliteStorageProvider provider)
    {
        _provider = provider;
    }

    /// <inheritdoc/>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _provider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = CreateInsert(connection, null);
            Bind(command, entry);
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException exception)
            {
                throw _provider.Translate(exception, "audit append", cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditEntry> QueryAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var connection = await _provider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT id, at, principal_id, action, subject_kind, subject_id, jurisdiction, purpose FROM audit_log WHERE 1 = 1");
            if (query.From is { } from)
            {
                sql.Append(" AND at >= $from");
                command.Parameters.AddWithValue("$from", SqliteValues.ToTicks(from));
            }

            if (query.To is { } to)
            {
                sql.Append(" AND at < $to");
                command.Parameters.AddWithValue("$to", SqliteValues.ToTicks(to));
            }

            AddEquals(sql, command, "principal_id", query.PrincipalId);
            AddEquals(sql, command, "action", query.Action);
            AddEquals(sql, command, "subject_kind", query.SubjectKind);
            AddEquals(sql, command, "subject_id", query.SubjectId);
            sql.Append(" ORDER BY at, id;");
            command.CommandText = sql.ToString();
            var reader = await _provider.ExecuteReaderAsync(command, "audit query", cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await _provider.ReadAsync(reader, "audit query", cancellationToken).ConfigureAwait(false))
                {
                    yield return Read(reader);
                }
            }
        }
    }

    internal static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        command.Parameters.Add("$id", SqliteType.Blob);
        command.Parameters.Add("$at", SqliteType.Integer);
        command.Parameters.Add("$principal_id", SqliteType.Text);
        command.Parameters.Add("$action", SqliteType.Text);
        command.Parameters.Add("$subject_kind", SqliteType.Text);
        command.Parameters.Add("$subject_id", SqliteType.Text);
        command.Parameters.Add("$jurisdiction", SqliteType.Text);
        command.Parameters.Add("$county", SqliteType.Text);
        command.Parameters.Add("$purpose", SqliteType.Text);
        return command;
    }

    internal static void Bind(SqliteCommand command, AuditEntry entry)
    {
        var p = command.Parameters;
        p[0].Value = SqliteValues.ToBlob(entry.Id);
        p[1].Value = SqliteValues.ToTicks(entry.At);
        p[2].Value = entry.PrincipalId;
        p[3].Value = entry.Action;
        p[4].Value = entry.SubjectKind;
        p[5].Value = entry.SubjectId;
        p[6].Value = SqliteValues.DbValue(entry.Jurisdiction is { } j ? SqliteValues.ToText(j) : null);
        p[7].Value = SqliteValues.DbValue(entry.Jurisdiction is { } c ? SqliteValues.CountyOf(c) : null);
        p[8].Value = SqliteValues.DbValue(entry.Purpose);
    }

    private static AuditEntry Read(SqliteDataReader reader) => new(
        SqliteValues.ToGuid((byte[])reader[0]),
        SqliteValues.ToInstant(reader.GetInt64(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : JurisdictionCode.Parse(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7));

    private static void AddEquals(StringBuilder sql, SqliteCommand command, string column, string? value)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(column).Append(" = $").Append(column);
            command.Parameters.AddWithValue("$" + column, value);
        }
    }
}
