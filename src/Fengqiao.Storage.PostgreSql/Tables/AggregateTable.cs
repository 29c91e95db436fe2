using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// How one aggregate's state record maps onto a table partitioned by county. Every such table
/// has a <c>county_code</c> column (the partition key and the distribution column of a
/// distributed PostgreSQL, the first six digits of the record's jurisdiction code), a
/// <c>version</c> column for optimistic concurrency, and the columns listed here: the key, the
/// jurisdiction code the access scope filters on, the columns queries filter or sort on, and the
/// rest of the state as a JSON payload (with geometry as WKB). The primary key is
/// <c>(county_code, key)</c>, so a record never changes county; a move is a new record.
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TState">The aggregate's state record.</typeparam>
internal sealed class AggregateTable<TKey, TState> : IBulkTable<TState>
    where TKey : notnull
{
    private readonly Func<TKey, NpgsqlParameter> _keyParameter;

    public AggregateTable(
        string name,
        string aggregateKind,
        IReadOnlyList<TableColumn<TState>> columns,
        string keyColumn,
        Func<TState, TKey> keyOf,
        Func<TKey, NpgsqlParameter> keyParameter,
        string jurisdictionColumn,
        Func<TState, JurisdictionCode> jurisdictionOf,
        Func<NpgsqlDataReader, TState> read,
        string? areasColumn = null)
    {
        Name = name;
        AggregateKind = aggregateKind;
        Columns = columns;
        KeyColumn = columns.Single(c => c.Name == keyColumn);
        KeyOf = keyOf;
        _keyParameter = keyParameter;
        JurisdictionColumn = columns.Single(c => c.Name == jurisdictionColumn).Name;
        JurisdictionOf = jurisdictionOf;
        Read = read;
        AreasColumn = areasColumn;
    }

    /// <summary>Gets the table's unqualified name.</summary>
    public string Name { get; }

    /// <summary>Gets the aggregate's kind as named in conflicts, such as <c>Grid</c>.</summary>
    public string AggregateKind { get; }

    /// <summary>Gets the columns besides <c>county_code</c> and <c>version</c>, in table order.</summary>
    public IReadOnlyList<TableColumn<TState>> Columns { get; }

    /// <summary>Gets the key column.</summary>
    public TableColumn<TState> KeyColumn { get; }

    /// <summary>Gets the name of the jurisdiction column the access scope filters on.</summary>
    public string JurisdictionColumn { get; }

    /// <summary>Gets the <c>text[]</c> column of further codes through which a row is visible (covered areas, assignments), or null.</summary>
    public string? AreasColumn { get; }

    /// <summary>Gets the key of a state.</summary>
    public Func<TState, TKey> KeyOf { get; }

    /// <summary>Gets the jurisdiction a state is filed under.</summary>
    public Func<TState, JurisdictionCode> JurisdictionOf { get; }

    /// <summary>Gets the reader of a state from a row selected with <see cref="TableSql.SelectList"/>.</summary>
    public Func<NpgsqlDataReader, TState> Read { get; }

    /// <summary>Makes a positional parameter holding a key.</summary>
    public NpgsqlParameter KeyParameter(TKey key) => _keyParameter(key);

    /// <inheritdoc/>
    public StagedBulkInsert Stage(IReadOnlyList<TState> states, AccessScope scope) =>
        new StagedBulkInsert<TKey, TState, TState>(this, states, static state => state, JurisdictionOf, scope);
}
