using System.Globalization;
using Fengqiao.Errors;
using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// New rows staged in bulk: copied with binary COPY straight into the partitioned table, at
/// version 1, inside the unit of work's transaction. A row whose key is already there (or twice
/// in the input) fails the whole COPY, and so the whole unit of work, with a conflict for that key.
/// </summary>
internal abstract class StagedBulkInsert
{
    /// <summary>Gets the table's name.</summary>
    public abstract string Table { get; }

    /// <summary>Gets the distinct partition keys of the rows.</summary>
    public abstract IReadOnlyCollection<string> CountyCodes { get; }

    /// <summary>Gets the number of rows.</summary>
    public abstract int Count { get; }

    /// <summary>Copies the rows; returns how many the server took.</summary>
    public abstract Task<ulong> CopyAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>After a failed COPY (and its rollback), finds the key that clashed and makes the conflict.</summary>
    public abstract Task<ConcurrencyConflictException> FindConflictAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken);
}

/// <summary>New rows of one table, staged in bulk.</summary>
internal sealed class StagedBulkInsert<TKey, TState> : StagedBulkInsert
    where TKey : notnull
{
    private const int ConflictProbeChunk = 10_000;
    private readonly AggregateTable<TKey, TState> _table;
    private readonly IReadOnlyList<TState> _states;
    private readonly string[] _countyCodes;

    public StagedBulkInsert(AggregateTable<TKey, TState> table, IReadOnlyList<TState> states)
    {
        _table = table;
        _states = states;
        _countyCodes = new string[states.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            // Counties repeat row after row: share one string per county instead of one per row.
            var county = CountyPartitioning.CountyCodeOf(table.JurisdictionOf(states[i]));
            _countyCodes[i] = distinct.TryGetValue(county, out var known) ? known : county;
            distinct.Add(county);
        }

        CountyCodes = distinct;
    }

    public override string Table => _table.Name;

    public override IReadOnlyCollection<string> CountyCodes { get; }

    public override int Count => _states.Count;

    public override async Task<ulong> CopyAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var columns = _table.Columns;
        var importer = await connection.BeginBinaryImportAsync(provider.SqlOf(_table).Copy, cancellationToken).ConfigureAwait(false);
        await using var importerScope = importer.ConfigureAwait(false);
        for (var i = 0; i < _states.Count; i++)
        {
            var state = _states[i];
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(_countyCodes[i], NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < columns.Count; c++)
            {
                await columns[c].WriteAsync(importer, state, cancellationToken).ConfigureAwait(false);
            }
        }

        return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ConcurrencyConflictException> FindConflictAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var seen = new HashSet<TKey>();
        foreach (var state in _states)
        {
            var key = _table.KeyOf(state);
            if (!seen.Add(key))
            {
                return new ConcurrencyConflictException(_table.AggregateKind, key.ToString() ?? string.Empty, 0);
            }
        }

        var sql = provider.SqlOf(_table);
        for (var offset = 0; offset < _states.Count; offset += ConflictProbeChunk)
        {
            var chunk = _states.Skip(offset).Take(ConflictProbeChunk);
            var command = new NpgsqlCommand($"SELECT {sql.KeyColumn}::text FROM {sql.QualifiedName} WHERE {sql.KeyColumn} = ANY($1) LIMIT 1", connection);
            await using var commandScope = command.ConfigureAwait(false);
            command.Parameters.Add(_table.KeyColumn.ToArrayParameter(chunk));
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string existing)
            {
                return new ConcurrencyConflictException(_table.AggregateKind, existing, 0);
            }
        }

        // The clash was on another unique index; no single key to name.
        return new ConcurrencyConflictException(_table.AggregateKind, _states.Count.ToString(CultureInfo.InvariantCulture) + " rows", 0);
    }
}
