using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
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

/// <summary>New rows of one table, staged in bulk; each row is made from its source record as it is copied.</summary>
/// <typeparam name="TKey">The table's key.</typeparam>
/// <typeparam name="TSource">The records handed in.</typeparam>
/// <typeparam name="TRow">The table's row.</typeparam>
internal sealed class StagedBulkInsert<TKey, TSource, TRow> : StagedBulkInsert
    where TKey : notnull
{
    private const int ConflictProbeChunk = 10_000;
    private readonly AggregateTable<TKey, TRow> _table;
    private readonly IReadOnlyList<TSource> _sources;
    private readonly Func<TSource, TRow> _toRow;
    private readonly string[] _countyCodes;

    public StagedBulkInsert(AggregateTable<TKey, TRow> table, IReadOnlyList<TSource> sources, Func<TSource, TRow> toRow, Func<TSource, JurisdictionCode> jurisdictionOf, AccessScope scope)
    {
        _table = table;
        _sources = sources;
        _toRow = toRow;
        _countyCodes = new string[sources.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var jurisdiction = jurisdictionOf(sources[i]);
            if (!scope.IsUnrestricted && !scope.Contains(jurisdiction))
            {
                throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
            }

            // Counties repeat row after row: share one string per county instead of one per row.
            var county = CountyPartitioning.CountyCodeOf(jurisdiction);
            _countyCodes[i] = distinct.TryGetValue(county, out var known) ? known : county;
            distinct.Add(county);
        }

        CountyCodes = distinct;
    }

    public override string Table => _table.Name;

    public override IReadOnlyCollection<string> CountyCodes { get; }

    public override int Count => _sources.Count;

    public override async Task<ulong> CopyAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var columns = _table.Columns;
        var importer = await connection.BeginBinaryImportAsync(provider.SqlOf(_table).Copy, cancellationToken).ConfigureAwait(false);
        await using var importerScope = importer.ConfigureAwait(false);
        for (var i = 0; i < _sources.Count; i++)
        {
            var row = _toRow(_sources[i]);
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(_countyCodes[i], NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < columns.Count; c++)
            {
                await columns[c].WriteAsync(importer, row, cancellationToken).ConfigureAwait(false);
            }
        }

        return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ConcurrencyConflictException> FindConflictAsync(PostgreSqlStorageProvider provider, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rows = _sources.Select(_toRow).ToList();
        var seen = new HashSet<TKey>();
        foreach (var row in rows)
        {
            var key = _table.KeyOf(row);
            if (!seen.Add(key))
            {
                return new ConcurrencyConflictException(_table.AggregateKind, key.ToString() ?? string.Empty, 0);
            }
        }

        var sql = provider.SqlOf(_table);
        for (var offset = 0; offset < rows.Count; offset += ConflictProbeChunk)
        {
            var chunk = rows.Skip(offset).Take(ConflictProbeChunk);
            var command = new NpgsqlCommand($"SELECT {sql.KeyColumn}::text FROM {sql.QualifiedName} WHERE {sql.KeyColumn} = ANY($1) LIMIT 1", connection);
            await using var commandScope = command.ConfigureAwait(false);
            command.Parameters.Add(_table.KeyColumn.ToArrayParameter(chunk));
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string existing)
            {
                return new ConcurrencyConflictException(_table.AggregateKind, existing, 0);
            }
        }

        // The clash was on another unique index; no single key to name.
        return new ConcurrencyConflictException(_table.AggregateKind, rows.Count.ToString(CultureInfo.InvariantCulture) + " rows", 0);
    }
}
