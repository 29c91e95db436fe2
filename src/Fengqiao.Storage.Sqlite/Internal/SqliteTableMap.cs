using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// How one aggregate's state is written to its table, with the version column that makes writes a
/// compare-and-swap: an insert expects version 0 (a duplicate key is a conflict), an update runs
/// <c>UPDATE … SET …, version = version + 1 WHERE key = $k AND version = $expected</c> (no row is a conflict).
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The aggregate's state record.</typeparam>
internal sealed class SqliteTableMap<TKey, TRow>
    where TKey : notnull
{
    private readonly IReadOnlyList<SqliteColumn<TKey>> _keys;
    private readonly IReadOnlyList<SqliteColumn<TRow>> _columns;

    public SqliteTableMap(string aggregateKind, string table, IReadOnlyList<SqliteColumn<TKey>> keys, IReadOnlyList<SqliteColumn<TRow>> columns, Func<TKey, string> describeKey)
    {
        AggregateKind = aggregateKind;
        Table = table;
        _keys = keys;
        _columns = columns;
        DescribeKey = describeKey;
        var keyNames = keys.Select(k => k.Name).ToArray();
        var columnNames = columns.Select(c => c.Name).ToArray();
        var all = keyNames.Concat(columnNames).ToArray();
        InsertSql = string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {table} ({string.Join(", ", all)}, version) VALUES ({string.Join(", ", all.Select(Parameter))}, 1);");
        UpdateSql = string.Create(
            CultureInfo.InvariantCulture,
            $"UPDATE {table} SET {string.Join(", ", columnNames.Select(c => $"{c} = {Parameter(c)}"))}, version = version + 1 WHERE {string.Join(" AND ", keyNames.Select(k => $"{k} = {Parameter(k)}"))} AND version = $expected_version;");
    }

    /// <summary>Gets the aggregate kind named in conflicts, such as <c>Grid</c>.</summary>
    public string AggregateKind { get; }

    /// <summary>Gets the table's name.</summary>
    public string Table { get; }

    /// <summary>Gets the text of a key for conflict messages (an id or code, never personal data).</summary>
    public Func<TKey, string> DescribeKey { get; }

    public string InsertSql { get; }

    public string UpdateSql { get; }

    /// <summary>Makes the insert or update command with its parameters, to be reused for many rows.</summary>
    public SqliteCommand CreateCommand(SqliteConnection connection, SqliteTransaction transaction, bool insert)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insert ? InsertSql : UpdateSql;
        foreach (var key in _keys)
        {
            command.Parameters.Add(Parameter(key.Name), key.Type);
        }

        foreach (var column in _columns)
        {
            command.Parameters.Add(Parameter(column.Name), column.Type);
        }

        if (!insert)
        {
            command.Parameters.Add("$expected_version", SqliteType.Integer);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets a prepared command's parameters for one row.</summary>
    public void Bind(SqliteCommand command, TKey key, TRow row, long expectedVersion)
    {
        var parameters = command.Parameters;
        var i = 0;
        foreach (var column in _keys)
        {
            parameters[i++].Value = column.Value(key);
        }

        foreach (var column in _columns)
        {
            parameters[i++].Value = column.Value(row);
        }

        if (expectedVersion != 0)
        {
            parameters[i].Value = expectedVersion;
        }
    }

    private static string Parameter(string column) => "$" + column;
}
