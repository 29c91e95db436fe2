using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>
/// The shared mechanics of the households module's SQLite stores: rows are a few query columns and the
/// state JSON with protected identifiers; reads are scoped by the row's grid in SQL.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TState">The state record.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal abstract class SqliteHouseholdsStore<TKey, TState, TAggregate>(SqliteStorageSession session, SqliteTableMap<TKey, ProtectedRow<TState>> map, string selectFrom)
    : SqliteAggregateStore<TKey, ProtectedRow<TState>, TAggregate>(session, map, selectFrom)
    where TKey : notnull
    where TState : class
    where TAggregate : AggregateRoot
{
    // Read once: a provider without a protector refuses these stores with a clear error.
    private readonly IFieldProtector _protector = session.Provider.FieldProtector;

    protected IFieldProtector Protector => _protector;

    protected abstract TState StateOf(TAggregate aggregate);

    protected abstract TAggregate FromState(TState state, long version);

    protected abstract bool CanAccess(TAggregate aggregate);

    protected override ProtectedRow<TState> ToRow(TAggregate aggregate) => new(StateOf(aggregate), Protector);

    protected override TAggregate Read(SqliteDataReader reader) =>
        FromState(HouseholdStateSerializer.Deserialize<TState>(reader.GetString(0), Protector), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "t.grid"));

    protected override bool IsVisible(TAggregate aggregate) => CanAccess(aggregate);

    protected override bool IsWritable(TAggregate aggregate) => CanAccess(aggregate);

    protected async Task AddManyCoreAsync(IReadOnlyList<TAggregate> aggregates, CancellationToken cancellationToken)
    {
        foreach (var aggregate in aggregates)
        {
            if (aggregate.Version != 0)
            {
                throw new ConcurrencyConflictException(typeof(TAggregate).Name, KeyOf(aggregate).ToString() ?? string.Empty, aggregate.Version);
            }

            await SaveCoreAsync(aggregate, cancellationToken).ConfigureAwait(false);
        }
    }

    protected static void Within(SqliteQueryBuilder where, JurisdictionCode? within)
    {
        if (within is { } root)
        {
            where.And(where.Within("t.grid", root));
        }
    }

    internal static SqliteColumn<TId> IdColumn<TId>(string name, Func<TId, Guid> value) => new(name, SqliteType.Blob, id => SqliteValues.ToBlob(value(id)));

    internal static SqliteColumn<ProtectedRow<TState>> Grid(Func<TState, JurisdictionCode> grid) => new("grid", SqliteType.Text, r => SqliteValues.ToText(grid(r.State)));

    internal static SqliteColumn<ProtectedRow<TState>> County(Func<TState, JurisdictionCode> grid) => new("county", SqliteType.Text, r => SqliteValues.CountyOf(grid(r.State))!);

    internal static SqliteColumn<ProtectedRow<TState>> StateColumn() => new("state", SqliteType.Text, r => r.Json());
}
