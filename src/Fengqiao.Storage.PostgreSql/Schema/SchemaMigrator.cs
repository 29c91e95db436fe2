using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql.Errors;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>
/// Brings the schema to <see cref="Migration.LatestVersion"/>: creates the schema and the
/// <c>schema_version</c> table when missing, then applies each newer script, all in one
/// transaction under an advisory lock, so two processes starting together apply each script
/// once and a failed script leaves nothing behind. Scripts only add; a database at a newer
/// version than the library knows is refused, never downgraded. A schema already at the
/// library's version is recognized by one read, without the lock or any DDL, so a provider over a
/// read-only standby (for reports) starts too.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the missing scripts and returns how many were applied.</summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        if (await ExistingVersionAsync(connection, schema, cancellationToken).ConfigureAwait(false) is { } existing && existing >= Migration.LatestVersion)
        {
            ThrowIfTooNew(existing);
            return 0;
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);

        // The lock is per schema and released with the transaction, also when the process dies.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('fengqiao.schema.' || $1))", cancellationToken, schema).ConfigureAwait(false);
        var quoted = SqlNames.Quote(schema);
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {quoted}", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            $"""
            CREATE TABLE IF NOT EXISTS {quoted}.schema_version (
                version     integer     PRIMARY KEY,
                description text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now())
            """,
            cancellationToken).ConfigureAwait(false);

        var current = await CurrentVersionAsync(connection, schema, cancellationToken).ConfigureAwait(false);
        ThrowIfTooNew(current);

        var applied = 0;
        foreach (var migration in Migration.All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, migration.SqlFor(quoted), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                $"INSERT INTO {quoted}.schema_version (version, description) VALUES ($1, $2)",
                cancellationToken,
                migration.Version,
                migration.Description).ConfigureAwait(false);
            applied++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return applied;
    }

    /// <summary>Reads the schema's version, 0 when the schema has never been migrated.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {SqlNames.Quote(schema)}.schema_version", connection);
        await using var commandScope = command.ConfigureAwait(false);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void ThrowIfTooNew(int current)
    {
        if (current > Migration.LatestVersion)
        {
            throw new StorageException(
                ErrorCodes.SchemaTooNew,
                PostgreSqlErrorMessages.Format(ErrorCodes.SchemaTooNew, current, Migration.LatestVersion));
        }
    }

    /// <summary>Reads the schema's version without creating anything; null when there is no schema_version table yet.</summary>
    private static async Task<int?> ExistingVersionAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlCommand("SELECT to_regclass(quote_ident($1) || '.schema_version') IS NOT NULL", connection);
        await using (probe.ConfigureAwait(false))
        {
            probe.Parameters.Add(new NpgsqlParameter { Value = schema });
            if (await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                return null;
            }
        }

        return await CurrentVersionAsync(connection, schema, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using var commandScope = command.ConfigureAwait(false);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
