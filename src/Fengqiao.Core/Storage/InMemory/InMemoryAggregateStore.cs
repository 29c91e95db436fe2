using Ardalis.GuardClauses;
using System.Runtime.CompilerServices;
using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
namespace Fengqiao.Storage.InMemory;

/// <summary>
/// The shared mechanics of the modules' in-memory stores: rows are state records; reads rebuild
/// aggregates and hide rows outside the session's scope; saves check the scope, stage the state
/// with the aggregate's version and stage its pending events into the outbox. A module's store
/// derives from it and adds its contract's queries.
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TState">The aggregate's state record, kept as the row.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
public abstract class InMemoryAggregateStore<TKey, TState, TAggregate>
    where TKey : notnull
    where TState : class
    where TAggregate : AggregateRoot
{
    private readonly InMemoryStorageSession _session;
    private readonly InMemoryTable<TKey, TState> _table;

    /// <summary>Binds the store to a session and its table.</summary>
    /// <param name="session">The session.</param>
    /// <param name="tableName">The table's name, one per aggregate kind.</param>
    protected InMemoryAggregateStore(InMemoryStorageSession session, string tableName)
    {
        Guard.Against.Null(session);
        _session = session;
        _table = session.Provider.Table<TKey, TState>(tableName);
    }

    /// <summary>Gets the session's access scope.</summary>
    protected AccessScope Scope => _session.Scope;

    /// <summary>Gets an aggregate's key.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The key.</returns>
    protected abstract TKey KeyOf(TAggregate aggregate);

    /// <summary>Takes an aggregate's state, to keep as the row.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The state.</returns>
    protected abstract TState ToState(TAggregate aggregate);

    /// <summary>Rebuilds an aggregate from a row.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The row's version.</param>
    /// <returns>The aggregate.</returns>
    protected abstract TAggregate FromState(TState state, long version);

    /// <summary>Whether the scope may read the aggregate; invisible rows behave as absent.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>Whether it is visible.</returns>
    protected abstract bool IsVisible(TAggregate aggregate);

    /// <summary>Whether the scope may write the aggregate.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>Whether it is writable.</returns>
    protected abstract bool IsWritable(TAggregate aggregate);

    /// <summary>Finds a visible aggregate by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregate, or null when absent or outside the scope.</returns>
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

    /// <summary>Lists the visible aggregates that match, in the given order.</summary>
    /// <param name="matches">The query's filter.</param>
    /// <param name="order">Orders the matches.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregates.</returns>
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

    /// <summary>Stages an aggregate's state and pending events in the session, after a scope check.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A completed task: nothing is written before the session commits.</returns>
    /// <exception cref="ValidationException">The aggregate lies outside the scope (<see cref="ErrorCodes.OutsideScope"/>).</exception>
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
