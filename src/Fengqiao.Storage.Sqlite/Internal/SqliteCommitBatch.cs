using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// The commands of one commit's transaction. Each distinct statement is prepared once and reused for
/// every row that needs it, so a batch of thousands of writes parses each statement once.
/// </summary>
internal sealed class SqliteCommitBatch(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<(object Owner, bool Insert), SqliteCommand> _commands = [];

    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction Transaction { get; } = transaction;

    public SqliteCommand Command<TKey, TRow>(SqliteTableMap<TKey, TRow> map, bool insert)
        where TKey : notnull
    {
        if (!_commands.TryGetValue((map, insert), out var command))
        {
            command = map.CreateCommand(Connection, Transaction, insert);
            _commands.Add((map, insert), command);
        }

        return command;
    }

    public SqliteCommand Command(object owner, Func<SqliteConnection, SqliteTransaction, SqliteCommand> create)
    {
        if (!_commands.TryGetValue((owner, true), out var command))
        {
            command = create(Connection, Transaction);
            _commands.Add((owner, true), command);
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
