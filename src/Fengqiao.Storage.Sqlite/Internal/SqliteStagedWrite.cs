using Fengqiao.Errors;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>A write staged in a session, executed inside the commit's transaction.</summary>
internal interface ISqliteStagedWrite
{
    void Execute(SqliteCommitBatch batch);
}

/// <summary>An insert (expected version 0) or compare-and-swap update of one aggregate's row and its side tables.</summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The aggregate's row.</typeparam>
internal sealed class SqliteStagedWrite<TKey, TRow>(SqliteTableMap<TKey, TRow> map, TKey key, TRow row, long expectedVersion) : ISqliteStagedWrite
    where TKey : notnull
{
    public void Execute(SqliteCommitBatch batch)
    {
        var isNew = expectedVersion == 0;
        int affected;
        try
        {
            affected = map.Write(batch, key, row, expectedVersion);
        }
        catch (SqliteException exception) when (isNew && SqliteErrors.IsUniqueViolation(exception))
        {
            // Someone else created the aggregate first: the "new" aggregate was stale.
            throw new ConcurrencyConflictException(map.AggregateKind, key.ToString() ?? string.Empty, expectedVersion);
        }

        if (affected == 0)
        {
            throw new ConcurrencyConflictException(map.AggregateKind, key.ToString() ?? string.Empty, expectedVersion);
        }

        foreach (var child in map.Children)
        {
            child.Replace(batch, key, row, isNew);
        }
    }
}
