using Ardalis.GuardClauses;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>The in-memory <see cref="IPreventionStore"/>.</summary>
internal sealed class InMemoryPreventionStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<PreventionActivityId, PreventionActivityState, PreventionActivity>(session, nameof(PreventionActivity)), IPreventionStore
{
    public Task<PreventionActivity?> FindAsync(PreventionActivityId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<PreventionActivity> QueryAsync(PreventionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(t => t.Date).ThenBy(t => t.Id.Value), cancellationToken);
    }

    public Task SaveAsync(PreventionActivity item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override PreventionActivityId KeyOf(PreventionActivity aggregate) => aggregate.Id;

    protected override PreventionActivityState ToState(PreventionActivity aggregate) => aggregate.ToState();

    protected override PreventionActivity FromState(PreventionActivityState state, long version) => PreventionActivity.FromState(state, version);

    protected override bool IsVisible(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(PreventionActivity aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
