using Fengqiao.Errors;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>A write staged in a session, executed inside the commit's transaction.</summary>
internal interface ISqliteStagedWrite
{
    void Execute(SqliteCommitBatch batch);
}

/// <summary>An insert (expected version 0) or compare-and-swap update of one aggregate's row.</summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The aggregate's state record.</typeparam>
internal sealed class SqliteStagedWrite<TKey, TRow>(SqliteTableMap<TKey, TRow> map, TKey key, TRow row, long expectedVersion) : ISqliteStagedWrite
    where TKey : notnull
{
    public void Execute(SqliteCommitBatch batch)
    {
        var insert = expectedVersion == 0;
        var command = batch.Command(map, insert);
        map.Bind(command, key, row, expectedVersion);
        int affected;
        try
        {
            affected = command.ExecuteNonQuery();
        }
        catch (SqliteException exception) when (insert && SqliteErrors.IsUniqueViolation(exception))
        {
            // Someone else created the aggregate first (or the same natural key exists): a stale "new".
            throw new ConcurrencyConflictException(map.AggregateKind, map.DescribeKey(key), expectedVersion);
        }

        if (affected == 0)
        {
            throw new ConcurrencyConflictException(map.AggregateKind, map.DescribeKey(key), expectedVersion);
        }
    }
}
