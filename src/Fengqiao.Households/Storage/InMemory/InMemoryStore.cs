using System.Runtime.CompilerServices;
using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>
/// The shared mechanics of the module's in-memory stores: rows are state records (no serialization,
/// so nothing personal is ever written out); reads rebuild aggregates and hide rows outside the
/// scope; saves check the scope, stage the state with the aggregate's version and its events.
/// </summary>
internal abstract class InMemoryStore<TKey, TState, TAggregate>
    where TKey : notnull
    where TState : class
    where TAggregate : AggregateRoot
{
    protected InMemoryStore(InMemoryStorageSession session, string tableName)
    {
        Session = session;
        Table = session.Provider.Table<TKey, TState>(tableName);
    }

    protected InMemoryStorageSession Session { get; }

    protected InMemoryTable<TKey, TState> Table { get; }

    protected AccessScope Scope => Session.Scope;

    protected abstract TKey KeyOf(TAggregate aggregate);

    protected abstract TState ToState(TAggregate aggregate);

    protected abstract TAggregate FromState(TState state, long version);

    protected abstract bool IsVisible(TAggregate aggregate);

    protected virtual bool IsWritable(TAggregate aggregate) => IsVisible(aggregate);

    protected Task<TAggregate?> FindCoreAsync(TKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Table.TryGet(key, out var row))
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
        cancellationToken.ThrowIfCancellationRequested();
        var found = Table.Rows.Select(r => FromState(r.Value.Row, r.Value.Version)).Where(a => IsVisible(a) && matches(a));
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

        StageExtra(aggregate);
        Session.StageUpsert(Table, KeyOf(aggregate), ToState(aggregate), aggregate.Version, version =>
        {
            if (aggregate.Version < version)
            {
                aggregate.AcceptCommittedVersion(version);
            }
        });
        foreach (var domainEvent in aggregate.DequeuePendingEvents())
        {
            Session.Publish(domainEvent);
        }

        return Task.CompletedTask;
    }

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

    /// <summary>Stages side rows kept in step with the aggregate, such as a unique index.</summary>
    protected virtual void StageExtra(TAggregate aggregate)
    {
    }
}
