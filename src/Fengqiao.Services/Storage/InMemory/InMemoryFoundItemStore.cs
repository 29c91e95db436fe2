using Ardalis.GuardClauses;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Services.Storage.InMemory;

/// <summary>The in-memory <see cref="IFoundItemStore"/>.</summary>
internal sealed class InMemoryFoundItemStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<FoundItemId, FoundItemState, FoundItem>(session, nameof(FoundItem)), IFoundItemStore
{
    public Task<FoundItem?> FindAsync(FoundItemId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<FoundItem> QueryAsync(FoundItemQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(a => a.Id.Value), cancellationToken);
    }

    public Task SaveAsync(FoundItem item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override FoundItemId KeyOf(FoundItem aggregate) => aggregate.Id;

    protected override FoundItemState ToState(FoundItem aggregate) => aggregate.ToState();

    protected override FoundItem FromState(FoundItemState state, long version) => FoundItem.FromState(state, version);

    protected override bool IsVisible(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
