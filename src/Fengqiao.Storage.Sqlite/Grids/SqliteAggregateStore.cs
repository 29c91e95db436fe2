using System.Runtime.CompilerServices;
using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>
/// The shared mechanics of the SQLite stores: reads select rows in the session's scope (in SQL) and
/// rebuild aggregates from their state; queries push their filters down and re-check them with the
/// query's own <c>Matches</c>; saves check the scope, stage the row with the aggregate's version and
/// stage its pending events into the outbox.
/// </summary>
/// <typeparam name="TKey">The aggregate's key.</typeparam>
/// <typeparam name="TRow">The row written for it.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal abstract class SqliteAggregateStore<TKey, TRow, TAggregate>(SqliteStorageSession session, SqliteTableMap<TKey, TRow> map, string selectFrom)
    where TKey : notnull
    where TAggregate : AggregateRoot
{
    protected AccessScope Scope => session.Scope;

    /// <summary>Reads an aggregate from the selected columns.</summary>
    protected abstract TAggregate Read(SqliteDataReader reader);

    /// <summary>Adds the visibility condition of the session's scope.</summary>
    protected abstract void AddScope(SqliteQueryBuilder where);

    protected abstract TKey KeyOf(TAggregate aggregate);

    protected abstract TRow ToRow(TAggregate aggregate);

    /// <summary>Whether the scope may read the aggregate (the SQL scope condition, checked again on the rebuilt aggregate).</summary>
    protected abstract bool IsVisible(TAggregate aggregate);

    /// <summary>Whether the scope may write the aggregate.</summary>
    protected abstract bool IsWritable(TAggregate aggregate);

    protected async Task<TAggregate?> FindCoreAsync(string keyColumn, object keyValue, CancellationToken cancellationToken)
    {
        await foreach (var aggregate in QueryCoreAsync(w => w.And($"{keyColumn} = {w.Parameter(keyValue)}"), string.Empty, static _ => true, cancellationToken).ConfigureAwait(false))
        {
            return aggregate;
        }

        return null;
    }

    protected async IAsyncEnumerable<TAggregate> QueryCoreAsync(
        Action<SqliteQueryBuilder> filter,
        string orderBy,
        Func<TAggregate, bool> matches,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var where = new SqliteQueryBuilder();
        AddScope(where);
        filter(where);

        // The same query shape recurs (every FindAsync of a session has one): reuse its prepared statement.
        var command = session.RentReadCommand($"{selectFrom} WHERE {where.Where}{orderBy};");
        try
        {
            where.Bind(command);
            var reader = await session.Provider.ExecuteReaderAsync(command, "query", cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await session.Provider.ReadAsync(reader, "query", cancellationToken).ConfigureAwait(false))
                {
                    var aggregate = Read(reader);
                    if (IsVisible(aggregate) && matches(aggregate))
                    {
                        yield return aggregate;
                    }
                }
            }
        }
        finally
        {
            session.ReturnReadCommand(command);
        }
    }

    protected Task SaveCoreAsync(TAggregate aggregate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsWritable(aggregate))
        {
            throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
        }

        var row = ToRow(aggregate);
        session.Stage(map, KeyOf(aggregate), row, aggregate.Version, version =>
        {
            if (aggregate.Version < version)
            {
                aggregate.AcceptCommittedVersion(version);
            }
        });
        foreach (var domainEvent in aggregate.DequeuePendingEvents())
        {
            session.Publish(domainEvent);
        }

        return Task.CompletedTask;
    }
}
