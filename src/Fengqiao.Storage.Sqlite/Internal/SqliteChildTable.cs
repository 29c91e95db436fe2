using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>A side table an aggregate's row keeps in step, such as a beat's covered areas, so queries and scope checks can use indexes.</summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The aggregate's row.</typeparam>
internal interface ISqliteChildTable<TKey, TRow>
{
    /// <summary>Replaces the aggregate's child rows (after its own row was written).</summary>
    void Replace(SqliteCommitBatch batch, TKey key, TRow row, bool isNew);
}

/// <summary>A side table with one row per item of the aggregate (its areas, assignments, attendees).</summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The aggregate's row.</typeparam>
/// <typeparam name="TItem">One child item.</typeparam>
internal sealed class SqliteChildTable<TKey, TRow, TItem> : ISqliteChildTable<TKey, TRow>
{
    private const int Delete = 0;
    private const int Insert = 1;
    private readonly SqliteColumn<TKey> _parent;
    private readonly IReadOnlyList<SqliteColumn<TItem>> _columns;
    private readonly Func<TRow, IEnumerable<TItem>> _items;
    private readonly string _deleteSql;
    private readonly string _insertSql;

    public SqliteChildTable(string table, SqliteColumn<TKey> parent, IReadOnlyList<SqliteColumn<TItem>> columns, Func<TRow, IEnumerable<TItem>> items)
    {
        _parent = parent;
        _columns = columns;
        _items = items;
        var names = new[] { parent.Name }.Concat(columns.Select(c => c.Name)).ToArray();
        _deleteSql = string.Create(CultureInfo.InvariantCulture, $"DELETE FROM {table} WHERE {parent.Name} = ${parent.Name};");
        _insertSql = string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(n => "$" + n))});");
    }

    public void Replace(SqliteCommitBatch batch, TKey key, TRow row, bool isNew)
    {
        var parentValue = _parent.Value(key);
        if (!isNew)
        {
            var delete = batch.Command(this, Delete, (c, t) => Create(c, t, _deleteSql, withColumns: false));
            delete.Parameters[0].Value = parentValue;
            delete.ExecuteNonQuery();
        }

        var insert = batch.Command(this, Insert, (c, t) => Create(c, t, _insertSql, withColumns: true));
        foreach (var item in _items(row))
        {
            var parameters = insert.Parameters;
            parameters[0].Value = parentValue;
            for (var i = 0; i < _columns.Count; i++)
            {
                parameters[i + 1].Value = _columns[i].Value(item);
            }

            insert.ExecuteNonQuery();
        }
    }

    private SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, bool withColumns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add("$" + _parent.Name, _parent.Type);
        if (withColumns)
        {
            foreach (var column in _columns)
            {
                command.Parameters.Add("$" + column.Name, column.Type);
            }
        }

        return command;
    }
}
