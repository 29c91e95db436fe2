using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace Fengqiao.Samples.LegacyBackend;

/// <summary>
/// Maps a <see cref="JurisdictionState"/> to and from the legacy rows: the division in <c>t_xzqh</c>, its
/// periods in <c>t_xzqh_bg</c>, its lineage in <c>t_xzqh_yg</c>. Writes are a compare-and-swap on the
/// legacy version column <c>bbh</c>.
/// </summary>
internal static class LegacyJurisdictionRows
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly InstantPattern Instant = InstantPattern.ExtendedIso;

    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, JurisdictionState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var code = state.Code.ToString();
        var current = state.Periods[^1];
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = expectedVersion == 0
                ? "INSERT INTO t_xzqh (xzqh_dm, xzqh_mc, xzqh_jc, sj_dm, yxq_q, yxq_z, bbh) VALUES ($dm, $mc, $jc, $sj, $q, $z, 1)"
                : "UPDATE t_xzqh SET xzqh_mc = $mc, xzqh_jc = $jc, sj_dm = $sj, yxq_q = $q, yxq_z = $z, bbh = bbh + 1 WHERE xzqh_dm = $dm AND bbh = $bbh";
            upsert.Parameters.AddWithValue("$dm", code);
            upsert.Parameters.AddWithValue("$mc", current.Name);
            upsert.Parameters.AddWithValue("$jc", (int)state.Code.Level);
            upsert.Parameters.AddWithValue("$sj", (object?)state.Code.Parent?.ToString() ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$q", Date.Format(state.Periods[0].Validity.ValidFrom));
            upsert.Parameters.AddWithValue("$z", current.Validity.ValidTo is { } to ? Date.Format(to) : DBNull.Value);
            upsert.Parameters.AddWithValue("$bbh", expectedVersion);
            int changed;
            try
            {
                changed = await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (expectedVersion == 0 && exception.SqliteErrorCode == 19)
            {
                throw new ConcurrencyConflictException(nameof(Jurisdiction), code, expectedVersion);
            }

            if (changed == 0)
            {
                throw new ConcurrencyConflictException(nameof(Jurisdiction), code, expectedVersion);
            }
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM t_xzqh_bg WHERE xzqh_dm = $dm; DELETE FROM t_xzqh_yg WHERE xzqh_dm = $dm;", cancellationToken, ("$dm", code));
        for (var i = 0; i < state.Periods.Count; i++)
        {
            var p = state.Periods[i];
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO t_xzqh_bg (xzqh_dm, xh, mc, ywmc, lx, yxq_q, yxq_z, djr, djsj) VALUES ($dm, $xh, $mc, $ywmc, $lx, $q, $z, $djr, $djsj)",
                cancellationToken,
                ("$dm", code),
                ("$xh", i),
                ("$mc", p.Name),
                ("$ywmc", p.EnglishName),
                ("$lx", (int)p.Kind),
                ("$q", Date.Format(p.Validity.ValidFrom)),
                ("$z", p.Validity.ValidTo is { } to ? Date.Format(to) : null),
                ("$djr", p.Recorded.By),
                ("$djsj", Instant.Format(p.Recorded.At)));
        }

        foreach (var (direction, links) in new[] { ("Q", state.Predecessors), ("H", state.Successors) })
        {
            for (var i = 0; i < links.Count; i++)
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO t_xzqh_yg (xzqh_dm, fx, xh, gl_dm, sxrq, bglx) VALUES ($dm, $fx, $xh, $gl, $rq, $lx)",
                    cancellationToken,
                    ("$dm", code),
                    ("$fx", direction),
                    ("$xh", i),
                    ("$gl", links[i].Code.ToString()),
                    ("$rq", Date.Format(links[i].EffectiveOn)),
                    ("$lx", (int)links[i].Change));
            }
        }
    }

    /// <summary>Reads the divisions selected by a WHERE clause on <c>t_xzqh</c> (alias <c>x</c>), ordered by code, with their versions.</summary>
    public static async Task<List<(JurisdictionState State, long Version)>> ReadAsync(SqliteCommand select, CancellationToken cancellationToken)
    {
        var rows = new List<(string Code, long Version)>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var states = new List<(JurisdictionState, long)>(rows.Count);
        foreach (var (code, version) in rows)
        {
            states.Add((await ReadOneAsync(select.Connection!, code, cancellationToken), version));
        }

        return states;
    }

    private static async Task<JurisdictionState> ReadOneAsync(SqliteConnection connection, string code, CancellationToken cancellationToken)
    {
        var periods = new List<JurisdictionPeriod>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT mc, ywmc, lx, yxq_q, yxq_z, djr, djsj FROM t_xzqh_bg WHERE xzqh_dm = $dm ORDER BY xh";
            command.Parameters.AddWithValue("$dm", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var validity = new ValidityPeriod(Date.Parse(reader.GetString(3)).Value, reader.IsDBNull(4) ? null : Date.Parse(reader.GetString(4)).Value);
                periods.Add(new JurisdictionPeriod(
                    validity,
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    (DivisionKind)reader.GetInt32(2),
                    new ChangeStamp(Instant.Parse(reader.GetString(6)).Value, reader.GetString(5))));
            }
        }

        var predecessors = new List<LineageLink>();
        var successors = new List<LineageLink>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT fx, gl_dm, sxrq, bglx FROM t_xzqh_yg WHERE xzqh_dm = $dm ORDER BY fx, xh";
            command.Parameters.AddWithValue("$dm", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var link = new LineageLink(JurisdictionCode.Parse(reader.GetString(1)), Date.Parse(reader.GetString(2)).Value, (LineageChange)reader.GetInt32(3));
                (reader.GetString(0) == "Q" ? predecessors : successors).Add(link);
            }
        }

        return new JurisdictionState(JurisdictionState.CurrentSchemaVersion, JurisdictionCode.Parse(code), periods, predecessors, successors);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
