using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// The commands of one commit's transaction. Each distinct statement is prepared once and reused for
/// every row that needs it, so a batch of thousands of writes parses each statement once.
/// </summary>
internal sealed class SqliteCommitBatch(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<(object Owner, int Kind), SqliteCommand> _commands = [];

    /// <summary>Gets the command of a statement, preparing it on first use.</summary>
    /// <param name="owner">The object the statement belongs to (a table map, the audit log…).</param>
    /// <param name="kind">Which of the owner's statements.</param>
    /// <param name="create">Makes the command with its parameters.</param>
    /// <returns>The command, in the commit's transaction.</returns>
    public SqliteCommand Command(object owner, int kind, Func<SqliteConnection, SqliteTransaction, SqliteCommand> create)
    {
        if (!_commands.TryGetValue((owner, kind), out var command))
        {
            command = create(connection, transaction);
            command.Prepare();
            _commands.Add((owner, kind), command);
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
