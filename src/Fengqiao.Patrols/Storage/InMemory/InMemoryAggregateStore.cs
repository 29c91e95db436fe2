using System.Runtime.CompilerServices;
using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>
/// The shared mechanics of the module's in-memory stores: rows are state records; reads rebuild
/// aggregates and hide rows outside the session's scope; saves check the scope, stage the state
/// with the aggregate's version and stage its pending events into the outbox.
/// </summary>
internal abstract class InMemoryAggregateStore<TKey, TState, TAggregate>
    where TKey : notnull
    where TState : class
    where TAggregate : AggregateRoot
{
    private readonly InMemoryStorageSession _session;
    private readonly InMemoryTable<TKey, TState> _table;

    protected InMemoryAggregateStore(InMemoryStorageSession session, string tableName)
    {
        _session = session;
        _table = session.Provider.Table<TKey, TState>(tableName);
    }

    protected AccessScope Scope => _session.Scope;

    protected abstract TKey KeyOf(TAggregate aggregate);

    protected abstract TState ToState(TAggregate aggregate);

    protected abstract TAggregate FromState(TState state, long version);

    /// <summary>Whether the scope may read the aggregate; invisible rows behave as absent.</summary>
    protected abstract bool IsVisible(TAggregate aggregate);

    /// <summary>Whether the scope may write the aggregate.</summary>
    protected abstract bool IsWritable(TAggregate aggregate);

    protected Task<TAggregate?> FindCoreAsync(TKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_table.TryGet(key, out var row))
        {
            return Task.FromResult<TAggregate?>(null);
        }

        var aggregate = FromState(row.Row, row.Version);
        return Task.FromResult(IsVisible(aggregate) ? aggregate : null);
    }

    protected async IAsyncEnumerable<TAggregate> QueryCoreAsync(
        Func<TAggregate, bool> matches,
        Func<IEnumerable<TAggregate>, IEnumerable<TAggregate>> order,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested(); // also when nothing matches
        var found = _table.Rows
            .Select(r => FromState(r.Value.Row, r.Value.Version))
            .Where(a => IsVisible(a) && matches(a));
        foreach (var aggregate in order(found))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return aggregate;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    protected Task SaveCoreAsync(TAggregate aggregate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsWritable(aggregate))
        {
            throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
        }

        var state = ToState(aggregate);
        _session.StageUpsert(_table, KeyOf(aggregate), state, aggregate.Version, version =>
        {
            // Saving one aggregate twice in a unit of work registers this twice; advance once.
            if (aggregate.Version < version)
            {
                aggregate.AcceptCommittedVersion(version);
            }
        });
        foreach (var domainEvent in aggregate.DequeuePendingEvents())
        {
            _session.Publish(domainEvent);
        }

        return Task.CompletedTask;
    }
}
