using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IStandardAddressStore"/>.</summary>
internal sealed class InMemoryStandardAddressStore(InMemoryStorageSession session)
    : InMemoryStore<StandardAddressId, StandardAddressState, StandardAddress>(session, nameof(StandardAddress)), IStandardAddressStore
{
    public Task<StandardAddress?> FindAsync(StandardAddressId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<StandardAddress> QueryAsync(Fengqiao.Jurisdictions.JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(a => within is not { } root || root.Contains(a.Grid), found => found.OrderBy(a => a.Id.Value), cancellationToken);

    public Task SaveAsync(StandardAddress aggregate, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(aggregate), cancellationToken);

    protected override StandardAddressId KeyOf(StandardAddress aggregate) => aggregate.Id;

    protected override StandardAddressState ToState(StandardAddress aggregate) => aggregate.ToState();

    protected override StandardAddress FromState(StandardAddressState state, long version) => StandardAddress.FromState(state, version);

    protected override bool IsVisible(StandardAddress aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
