using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>One column of an aggregate table and how to take its value from a state record.</summary>
/// <typeparam name="TState">The state record.</typeparam>
internal abstract class TableColumn<TState>
{
    protected TableColumn(string name)
    {
        Name = name;
    }

    /// <summary>Gets the column's name.</summary>
    public string Name { get; }

    /// <summary>Makes a positional parameter holding the column's value.</summary>
    public abstract NpgsqlParameter ToParameter(TState state);

    /// <summary>Writes the column's value into the current row of a binary COPY.</summary>
    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, TState state, CancellationToken cancellationToken);

    /// <summary>Makes a positional array parameter holding the column's values of many states.</summary>
    public abstract NpgsqlParameter ToArrayParameter(IEnumerable<TState> states);
}

/// <summary>A column whose value has a known CLR type, written without boxing.</summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <typeparam name="TValue">The column's CLR type.</typeparam>
internal sealed class TableColumn<TState, TValue> : TableColumn<TState>
{
    private readonly Func<TState, TValue> _value;
    private readonly NpgsqlDbType _type;

    public TableColumn(string name, NpgsqlDbType type, Func<TState, TValue> value)
        : base(name)
    {
        _type = type;
        _value = value;
    }

    public override NpgsqlParameter ToParameter(TState state)
    {
        var value = _value(state);
        return value is null
            ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = _type }
            : new NpgsqlParameter<TValue> { TypedValue = value, NpgsqlDbType = _type };
    }

    public override Task WriteAsync(NpgsqlBinaryImporter importer, TState state, CancellationToken cancellationToken)
    {
        var value = _value(state);
        return value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, _type, cancellationToken);
    }

    public override NpgsqlParameter ToArrayParameter(IEnumerable<TState> states) =>
        new NpgsqlParameter<TValue[]> { TypedValue = states.Select(_value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | _type };
}
