using Ardalis.GuardClauses;
using Fengqiao.Households.Households;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IHouseholdStore"/>.</summary>
internal sealed class InMemoryHouseholdStore(InMemoryStorageSession session)
    : InMemoryStore<HouseholdId, HouseholdState, Household>(session, nameof(Household)), IHouseholdStore
{
    public Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<Household> QueryAsync(HouseholdQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(h => h.Id.Value), cancellationToken);
    }

    public Task AddManyAsync(IReadOnlyList<Household> households, CancellationToken cancellationToken = default) => AddManyCoreAsync(Guard.Against.Null(households), cancellationToken);

    public Task SaveAsync(Household aggregate, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(aggregate), cancellationToken);

    protected override HouseholdId KeyOf(Household aggregate) => aggregate.Id;

    protected override HouseholdState ToState(Household aggregate) => aggregate.ToState();

    protected override Household FromState(HouseholdState state, long version) => Household.FromState(state, version);

    protected override bool IsVisible(Household aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
