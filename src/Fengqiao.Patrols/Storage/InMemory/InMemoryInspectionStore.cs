using Ardalis.GuardClauses;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Patrols.Storage.InMemory;

/// <summary>The in-memory <see cref="IInspectionStore"/>.</summary>
internal sealed class InMemoryInspectionStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<InspectionId, InspectionState, Inspection>(session, nameof(Inspection)), IInspectionStore
{
    public Task<Inspection?> FindAsync(InspectionId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<Inspection> QueryAsync(InspectionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(t => t.Date).ThenBy(t => t.Id.Value), cancellationToken);
    }

    public Task SaveAsync(Inspection item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override InspectionId KeyOf(Inspection aggregate) => aggregate.Id;

    protected override InspectionState ToState(Inspection aggregate) => aggregate.ToState();

    protected override Inspection FromState(InspectionState state, long version) => Inspection.FromState(state, version);

    protected override bool IsVisible(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Inspection aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
