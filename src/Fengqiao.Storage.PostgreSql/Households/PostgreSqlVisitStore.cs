using Ardalis.GuardClauses;
using Fengqiao.Households.Visits;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IVisitStore"/>: table <c>visits</c>.</summary>
internal sealed class PostgreSqlVisitStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<VisitId, VisitState, Visit>(session, HouseholdTables.Visits), IVisitStore
{
    public Task<Visit?> FindAsync(VisitId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Visit> QueryAsync(VisitQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = Within(query.Within);
        if (query.Household is { } household)
        {
            where.And("household_id = " + where.Parameter(household.Value, NpgsqlDbType.Uuid));
        }

        if (query.From is { } from)
        {
            where.And("visited_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("visited_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        return QueryCoreAsync(where, "visited_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Visit visit, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(visit), cancellationToken);

    protected override VisitState StateOf(Visit aggregate) => aggregate.ToState();

    protected override Visit FromState(VisitState state, long version) => Visit.FromState(state, version);

    protected override bool CanAccess(Visit aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
