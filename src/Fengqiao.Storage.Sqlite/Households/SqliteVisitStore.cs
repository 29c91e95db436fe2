using Ardalis.GuardClauses;
using Fengqiao.Households.Storage;
using Fengqiao.Households.Visits;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IVisitStore"/>: table <c>visit</c>.</summary>
internal sealed class SqliteVisitStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<VisitId, VisitState, Visit>(session, Map, "SELECT t.state, t.version FROM visit t"), IVisitStore
{
    internal static readonly SqliteTableMap<VisitId, ProtectedRow<VisitState>> Map = new(
        nameof(Visit),
        "visit",
        IdColumn<VisitId>("id", id => id.Value),
        [
            new("household_id", SqliteType.Blob, r => SqliteValues.ToBlob(r.State.Household.Value)),
            Grid(s => s.Grid),
            County(s => s.Grid),
            new("visited_on", SqliteType.Text, r => SqliteValues.ToText(r.State.VisitedOn)),
            StateColumn(),
        ]);

    public Task<Visit?> FindAsync(VisitId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Visit> QueryAsync(VisitQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                Within(where, query.Within);
                if (query.Household is { } household)
                {
                    where.And($"t.household_id = {where.Parameter(SqliteValues.ToBlob(household.Value))}");
                }

                if (query.From is { } from)
                {
                    where.And($"t.visited_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"t.visited_on < {where.Parameter(SqliteValues.ToText(to))}");
                }
            },
            " ORDER BY t.visited_on, t.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Visit visit, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(visit), cancellationToken);

    protected override VisitId KeyOf(Visit aggregate) => aggregate.Id;

    protected override VisitState StateOf(Visit aggregate) => aggregate.ToState();

    protected override Visit FromState(VisitState state, long version) => Visit.FromState(state, version);

    protected override bool CanAccess(Visit aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
