using Ardalis.GuardClauses;
using Fengqiao.Households.Houses;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IHouseStore"/>.</summary>
internal sealed class InMemoryHouseStore(InMemoryStorageSession session)
    : InMemoryStore<HouseId, HouseState, House>(session, nameof(House)), IHouseStore
{
    public Task<House?> FindAsync(HouseId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<House> QueryAsync(Fengqiao.Jurisdictions.JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(h => within is not { } root || root.Contains(h.Grid), found => found.OrderBy(h => h.Id.Value), cancellationToken);

    public Task SaveAsync(House aggregate, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(aggregate), cancellationToken);

    protected override HouseId KeyOf(House aggregate) => aggregate.Id;

    protected override HouseState ToState(House aggregate) => aggregate.ToState();

    protected override House FromState(HouseState state, long version) => House.FromState(state, version);

    protected override bool IsVisible(House aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
