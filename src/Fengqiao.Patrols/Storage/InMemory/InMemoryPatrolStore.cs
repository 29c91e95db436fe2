using Ardalis.GuardClauses;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>The in-memory <see cref="IPatrolStore"/>.</summary>
internal sealed class InMemoryPatrolStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<PatrolId, PatrolState, Patrol>(session, nameof(Patrol)), IPatrolStore
{
    public Task<Patrol?> FindAsync(PatrolId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<Patrol> QueryAsync(PatrolQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(t => t.Date).ThenBy(t => t.Id.Value), cancellationToken);
    }

    public Task SaveAsync(Patrol item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override PatrolId KeyOf(Patrol aggregate) => aggregate.Id;

    protected override PatrolState ToState(Patrol aggregate) => aggregate.ToState();

    protected override Patrol FromState(PatrolState state, long version) => Patrol.FromState(state, version);

    protected override bool IsVisible(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Patrol aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
