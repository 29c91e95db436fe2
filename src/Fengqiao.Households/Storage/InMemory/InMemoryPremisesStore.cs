using Ardalis.GuardClauses;
using Fengqiao.Households.Premises;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IPremisesStore"/>.</summary>
internal sealed class InMemoryPremisesStore(InMemoryStorageSession session)
    : InMemoryStore<PremisesId, PremisesState, PremisesRecord>(session, nameof(PremisesRecord)), IPremisesStore
{
    public Task<PremisesRecord?> FindAsync(PremisesId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<PremisesRecord> QueryAsync(Fengqiao.Jurisdictions.JurisdictionCode? within, PremisesCategory? category = null, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(p => (within is not { } root || root.Contains(p.Grid)) && (category is not { } c || p.Category == c), found => found.OrderBy(p => p.Id.Value), cancellationToken);

    public Task SaveAsync(PremisesRecord aggregate, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(aggregate), cancellationToken);

    protected override PremisesId KeyOf(PremisesRecord aggregate) => aggregate.Id;

    protected override PremisesState ToState(PremisesRecord aggregate) => aggregate.ToState();

    protected override PremisesRecord FromState(PremisesState state, long version) => PremisesRecord.FromState(state, version);

    protected override bool IsVisible(PremisesRecord aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
