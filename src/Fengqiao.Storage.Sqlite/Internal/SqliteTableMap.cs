using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// How one aggregate's state is written to its table, with the version column that makes writes a
/// compare-and-swap: an insert expects version 0 (a duplicate key is a conflict), an update runs
/// <c>UPDATE … SET …, version = version + 1 WHERE key = $k AND version = $expected</c> (no row is a conflict).
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The row: the state record; its JSON and WKB are made when the commit binds it, so a large batch keeps no serialized copies alive.</typeparam>
internal sealed class SqliteTableMap<TKey, TRow>
    where TKey : notnull
{
    private const int Insert = 0;
    private const int Update = 1;
    private readonly SqliteColumn<TKey> _key;
    private readonly IReadOnlyList<SqliteColumn<TRow>> _columns;
    private readonly string _insertSql;
    private readonly string _updateSql;

    public SqliteTableMap(
        string aggregateKind,
        string table,
        SqliteColumn<TKey> key,
        IReadOnlyList<SqliteColumn<TRow>> columns,
        params ISqliteChildTable<TKey, TRow>[] children)
    {
        AggregateKind = aggregateKind;
        _key = key;
        _columns = columns;
        Children = children;
        var names = columns.Select(c => c.Name).ToArray();
        _insertSql = string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {table} ({key.Name}, {string.Join(", ", names)}, version) VALUES (${key.Name}, {string.Join(", ", names.Select(n => "$" + n))}, 1);");
        _updateSql = string.Create(
            CultureInfo.InvariantCulture,
            $"UPDATE {table} SET {string.Join(", ", names.Select(n => $"{n} = ${n}"))}, version = version + 1 WHERE {key.Name} = ${key.Name} AND version = $expected_version;");
    }

    /// <summary>Gets the aggregate kind named in conflicts, such as <c>Grid</c>.</summary>
    public string AggregateKind { get; }

    /// <summary>Gets the side tables kept in step with the row.</summary>
    public IReadOnlyList<ISqliteChildTable<TKey, TRow>> Children { get; }

    /// <summary>Writes one row with the commit's prepared statement; returns the number of rows changed (0 on a stale update).</summary>
    public int Write(SqliteCommitBatch batch, TKey key, TRow row, long expectedVersion)
    {
        var insert = expectedVersion == 0;
        var command = batch.Command(this, insert ? Insert : Update, (c, t) => CreateCommand(c, t, insert));
        var parameters = command.Parameters;
        parameters[0].Value = _key.Value(key);
        for (var i = 0; i < _columns.Count; i++)
        {
            parameters[i + 1].Value = _columns[i].Value(row);
        }

        if (!insert)
        {
            parameters[_columns.Count + 1].Value = expectedVersion;
        }

        return command.ExecuteNonQuery();
    }

    private SqliteCommand CreateCommand(SqliteConnection connection, SqliteTransaction transaction, bool insert)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insert ? _insertSql : _updateSql;
        command.Parameters.Add("$" + _key.Name, _key.Type);
        foreach (var column in _columns)
        {
            command.Parameters.Add("$" + column.Name, column.Type);
        }

        if (!insert)
        {
            command.Parameters.Add("$expected_version", SqliteType.Integer);
        }

        return command;
    }
}
