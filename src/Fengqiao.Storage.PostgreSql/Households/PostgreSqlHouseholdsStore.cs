using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>
/// The shared mechanics of the households module's PostgreSQL stores: rows carry protected JSON, opened
/// with the provider's field protector; scope and county pruning come from the shared table queries.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TState">The state record.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal abstract class PostgreSqlHouseholdsStore<TKey, TState, TAggregate> : PostgreSqlAggregateStore<TKey, ProtectedRow<TState>, TAggregate>
    where TKey : notnull
    where TState : class
    where TAggregate : AggregateRoot
{
    private readonly PostgreSqlStorageSession _session;

    protected PostgreSqlHouseholdsStore(PostgreSqlStorageSession session, AggregateTable<TKey, ProtectedRow<TState>> table)
        : base(session, table)
    {
        _session = session;

        // Read once: a provider without a protector refuses these stores with a clear error.
        Protector = session.Provider.FieldProtector;
    }

    protected IFieldProtector Protector { get; }

    protected abstract TState StateOf(TAggregate aggregate);

    protected abstract TAggregate FromState(TState state, long version);

    protected abstract bool CanAccess(TAggregate aggregate);

    protected override ProtectedRow<TState> ToRow(TAggregate aggregate) => new(StateOf(aggregate), Protector);

    protected override TAggregate FromRow(ProtectedRow<TState> row, long version) => FromState(row.Open(Protector), version);

    protected override bool IsVisible(TAggregate aggregate) => CanAccess(aggregate);

    protected override bool IsWritable(TAggregate aggregate) => CanAccess(aggregate);

    /// <summary>Stages new aggregates for the binary COPY path; versions advance to 1 once committed.</summary>
    protected Task AddManyCoreAsync(IReadOnlyList<TAggregate> aggregates, Func<TAggregate, object> keyOf, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var aggregate in aggregates)
        {
            if (aggregate.Version != 0)
            {
                throw new ConcurrencyConflictException(typeof(TAggregate).Name, keyOf(aggregate).ToString() ?? string.Empty, aggregate.Version);
            }

            if (!IsWritable(aggregate))
            {
                throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
            }
        }

        _session.StageBulkInsert(aggregates.Select(StateOf).ToList());
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DequeuePendingEvents())
            {
                _session.Publish(domainEvent);
            }
        }

        _session.OnCommitted(() =>
        {
            foreach (var aggregate in aggregates)
            {
                if (aggregate.Version < 1)
                {
                    aggregate.AcceptCommittedVersion(1);
                }
            }
        });
        return Task.CompletedTask;
    }

    protected static WhereBuilder Within(JurisdictionCode? within)
    {
        var where = new WhereBuilder();
        if (within is { } root)
        {
            where.AndWithinCounties("grid_code", root);
        }

        return where;
    }
}
