using Ardalis.GuardClauses;
using Fengqiao.Households.Visits;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IVisitStore"/>.</summary>
internal sealed class InMemoryVisitStore(InMemoryStorageSession session)
    : InMemoryStore<VisitId, VisitState, Visit>(session, nameof(Visit)), IVisitStore
{
    public Task<Visit?> FindAsync(VisitId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<Visit> QueryAsync(VisitQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(v => v.VisitedOn).ThenBy(v => v.Id.Value), cancellationToken);
    }

    public Task SaveAsync(Visit aggregate, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(aggregate), cancellationToken);

    protected override VisitId KeyOf(Visit aggregate) => aggregate.Id;

    protected override VisitState ToState(Visit aggregate) => aggregate.ToState();

    protected override Visit FromState(VisitState state, long version) => Visit.FromState(state, version);

    protected override bool IsVisible(Visit aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
