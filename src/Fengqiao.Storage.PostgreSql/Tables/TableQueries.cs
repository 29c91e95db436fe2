using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Fengqiao.Jurisdictions;
using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// The reads stores make: by key, or by a filter, always inside the session's access scope (a
/// row outside it is simply not there) and always with the county predicate when the county is
/// known, so that only that county's partition is read.
/// </summary>
internal static class TableQueries
{
    /// <summary>Reads one row by key, or null when it does not exist or lies outside the scope.</summary>
    /// <param name="session">The session, for its scope and provider.</param>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="jurisdictionHint">The record's jurisdiction, when the caller knows it: the read then touches one partition.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<StoredRow<TState>?> GetAsync<TKey, TState>(
        PostgreSqlStorageSession session,
        AggregateTable<TKey, TState> table,
        TKey key,
        JurisdictionCode? jurisdictionHint,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var parameters = new List<NpgsqlParameter> { table.KeyParameter(key) };
        var where = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{table.KeyColumn.Name} = $1");
        if (jurisdictionHint is { } hint)
        {
            parameters.Add(new NpgsqlParameter<string> { TypedValue = CountyPartitioning.CountyCodeOf(hint), NpgsqlDbType = NpgsqlDbType.Text });
            where.Append(CultureInfo.InvariantCulture, $" AND county_code = ${parameters.Count}");
        }

        await foreach (var row in QueryAsync(session, table, where.ToString(), parameters, orderBy: null, limit: 1, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return null;
    }

    /// <summary>Streams the rows that match a filter, inside the session's scope.</summary>
    /// <param name="session">The session, for its scope and provider.</param>
    /// <param name="table">The table.</param>
    /// <param name="where">A predicate over the table's columns using <c>$1</c>… for <paramref name="parameters"/>, or null for all rows.</param>
    /// <param name="parameters">The predicate's positional parameters; the scope's are appended after them.</param>
    /// <param name="orderBy">An ORDER BY list, or null for the server's order.</param>
    /// <param name="limit">The most rows to return, or null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async IAsyncEnumerable<StoredRow<TState>> QueryAsync<TKey, TState>(
        PostgreSqlStorageSession session,
        AggregateTable<TKey, TState> table,
        string? where,
        IReadOnlyList<NpgsqlParameter> parameters,
        string? orderBy,
        int? limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : notnull
    {
        var provider = session.Provider;
        var sql = provider.SqlOf(table);
        var all = new List<NpgsqlParameter>(parameters);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"SELECT {sql.SelectList} FROM {sql.QualifiedName} WHERE ");
        if (where is not null)
        {
            text.Append('(').Append(where).Append(") AND ");
        }

        ScopeFilter.Append(text, all, session.Scope, table.JurisdictionColumn, table.AreasColumn);
        if (orderBy is not null)
        {
            text.Append(" ORDER BY ").Append(orderBy);
        }

        if (limit is { } max)
        {
            text.Append(CultureInfo.InvariantCulture, $" LIMIT {max}");
        }

        await foreach (var row in provider.StreamAsync(text.ToString(), all, reader => new StoredRow<TState>(table.Read(reader), reader.GetInt64(0)), cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }
}
