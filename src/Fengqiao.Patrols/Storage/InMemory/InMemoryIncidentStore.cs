using Ardalis.GuardClauses;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>The in-memory <see cref="IIncidentStore"/>.</summary>
internal sealed class InMemoryIncidentStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<IncidentId, IncidentState, Incident>(session, nameof(Incident)), IIncidentStore
{
    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<Incident> QueryAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(t => t.Date).ThenBy(t => t.Id.Value), cancellationToken);
    }

    public Task SaveAsync(Incident item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override IncidentId KeyOf(Incident aggregate) => aggregate.Id;

    protected override IncidentState ToState(Incident aggregate) => aggregate.ToState();

    protected override Incident FromState(IncidentState state, long version) => Incident.FromState(state, version);

    protected override bool IsVisible(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
