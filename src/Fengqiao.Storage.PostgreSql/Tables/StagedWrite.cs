using Fengqiao.Errors;
using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// One staged change of one aggregate row: an insert (expected version 0), a compare-and-swap
/// update, or a compare-and-swap delete. At commit it becomes one command of a batch, and the
/// command must affect exactly one row; zero rows means someone else committed first.
/// </summary>
internal abstract class StagedWrite
{
    /// <summary>Gets the table's name.</summary>
    public abstract string Table { get; }

    /// <summary>Gets the row's partition key.</summary>
    public abstract string CountyCode { get; }

    /// <summary>Gets the row's key as text, for ordering and for conflict reports (an id or code, never personal data).</summary>
    public abstract string KeyText { get; }

    /// <summary>Makes the command for one commit attempt.</summary>
    public abstract NpgsqlBatchCommand ToCommand(PostgreSqlStorageProvider provider);

    /// <summary>Makes the exception reported when the command affected no row.</summary>
    public abstract ConcurrencyConflictException Conflict();
}

/// <summary>A staged insert or update of a state record.</summary>
internal sealed class StagedSave<TKey, TState> : StagedWrite
    where TKey : notnull
{
    private readonly AggregateTable<TKey, TState> _table;
    private readonly TState _state;
    private readonly long _expectedVersion;

    public StagedSave(AggregateTable<TKey, TState> table, TState state, long expectedVersion)
    {
        _table = table;
        _state = state;
        _expectedVersion = expectedVersion;
        CountyCode = CountyPartitioning.CountyCodeOf(table.JurisdictionOf(state));
        KeyText = table.KeyOf(state).ToString() ?? string.Empty;
    }

    public override string Table => _table.Name;

    public override string CountyCode { get; }

    public override string KeyText { get; }

    public override NpgsqlBatchCommand ToCommand(PostgreSqlStorageProvider provider)
    {
        var sql = provider.SqlOf(_table);
        var command = new NpgsqlBatchCommand(_expectedVersion == 0 ? sql.Insert : sql.Update);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CountyCode, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _expectedVersion + 1, NpgsqlDbType = NpgsqlDbType.Bigint });
        foreach (var column in _table.Columns)
        {
            command.Parameters.Add(column.ToParameter(_state));
        }

        if (_expectedVersion != 0)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _expectedVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        }

        return command;
    }

    public override ConcurrencyConflictException Conflict() => new(_table.AggregateKind, KeyText, _expectedVersion);
}

/// <summary>A staged delete of a state record at an expected version.</summary>
internal sealed class StagedDelete<TKey, TState> : StagedWrite
    where TKey : notnull
{
    private readonly AggregateTable<TKey, TState> _table;
    private readonly TKey _key;
    private readonly long _expectedVersion;

    public StagedDelete(AggregateTable<TKey, TState> table, TState state, long expectedVersion)
    {
        _table = table;
        _key = table.KeyOf(state);
        _expectedVersion = expectedVersion;
        CountyCode = CountyPartitioning.CountyCodeOf(table.JurisdictionOf(state));
        KeyText = _key.ToString() ?? string.Empty;
    }

    public override string Table => _table.Name;

    public override string CountyCode { get; }

    public override string KeyText { get; }

    public override NpgsqlBatchCommand ToCommand(PostgreSqlStorageProvider provider)
    {
        var command = new NpgsqlBatchCommand(provider.SqlOf(_table).Delete);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CountyCode, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(_table.KeyParameter(_key));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _expectedVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        return command;
    }

    public override ConcurrencyConflictException Conflict() => new(_table.AggregateKind, KeyText, _expectedVersion);
}
