using System.Runtime.CompilerServices;
using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// The shared mechanics of the module's PostgreSQL stores, mirroring the in-memory ones: reads
/// push the filter and the scope down to SQL and rebuild aggregates from their state, then apply
/// the query's own <c>Matches</c> (the SQL part may be coarser); saves check the scope, stage the
/// row with the aggregate's version and stage its pending events into the outbox.
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The table's row.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal abstract class PostgreSqlAggregateStore<TKey, TRow, TAggregate>
    where TKey : notnull
    where TAggregate : AggregateRoot
{
    private readonly PostgreSqlStorageSession _session;
    private readonly AggregateTable<TKey, TRow> _table;

    protected PostgreSqlAggregateStore(PostgreSqlStorageSession session, AggregateTable<TKey, TRow> table)
    {
        _session = session;
        _table = table;
    }

    protected AccessScope Scope => _session.Scope;

    protected abstract TRow ToRow(TAggregate aggregate);

    protected abstract TAggregate FromRow(TRow row, long version);

    /// <summary>Whether the scope may read the aggregate (GridVisibility); the SQL applies the same rule, this confirms it.</summary>
    protected abstract bool IsVisible(TAggregate aggregate);

    /// <summary>Whether the scope may write the aggregate.</summary>
    protected abstract bool IsWritable(TAggregate aggregate);

    /// <summary>Reads one aggregate by key; <paramref name="jurisdiction"/>, when the key tells it, confines the read to one partition.</summary>
    protected async Task<TAggregate?> FindCoreAsync(TKey key, JurisdictionCode? jurisdiction, CancellationToken cancellationToken)
    {
        var row = await TableQueries.GetAsync(_session, _table, key, jurisdiction, cancellationToken).ConfigureAwait(false);
        return row is { } found && FromRow(found.State, found.Version) is var aggregate && IsVisible(aggregate) ? aggregate : null;
    }

    /// <summary>Streams the aggregates the filter selects, in the given order, that also pass <paramref name="matches"/>.</summary>
    protected async IAsyncEnumerable<TAggregate> QueryCoreAsync(
        WhereBuilder where,
        string orderBy,
        Func<TAggregate, bool> matches,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = TableQueries.QueryAsync(_session, _table, where.Sql, where.Parameters, orderBy, limit: null, cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            var aggregate = FromRow(row.State, row.Version);
            if (matches(aggregate) && IsVisible(aggregate))
            {
                yield return aggregate;
            }
        }
    }

    /// <summary>Stages an aggregate: its row checked against its version at commit, its pending events into the outbox.</summary>
    protected Task SaveCoreAsync(TAggregate aggregate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsWritable(aggregate))
        {
            throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
        }

        _session.StageSave(_table, ToRow(aggregate), aggregate.Version, version =>
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
