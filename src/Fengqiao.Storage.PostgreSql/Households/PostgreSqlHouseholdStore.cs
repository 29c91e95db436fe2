using Ardalis.GuardClauses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Storage;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IHouseholdStore"/>: table <c>households</c>, members ever in <c>member_ids</c> (GIN).</summary>
internal sealed class PostgreSqlHouseholdStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<HouseholdId, HouseholdState, Household>(session, HouseholdTables.Households), IHouseholdStore
{
    public Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Household> QueryAsync(HouseholdQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = Within(query.Within);
        if (query.AsOf is { } date)
        {
            where.And(where.ValidOn("valid_from", "valid_to", date));
        }

        if (query.Member is { } member)
        {
            where.And("member_ids @> ARRAY[" + where.Parameter(member.Value, NpgsqlDbType.Uuid) + "]");
        }

        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Household household, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(household), cancellationToken);

    public Task AddManyAsync(IReadOnlyList<Household> households, CancellationToken cancellationToken = default) =>
        AddManyCoreAsync(Guard.Against.Null(households), h => h.Id, cancellationToken);

    protected override HouseholdState StateOf(Household aggregate) => aggregate.ToState();

    protected override Household FromState(HouseholdState state, long version) => Household.FromState(state, version);

    protected override bool CanAccess(Household aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
