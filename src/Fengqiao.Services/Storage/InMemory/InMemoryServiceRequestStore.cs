using Ardalis.GuardClauses;
using Fengqiao.Services.Requests;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Services.Storage.InMemory;

/// <summary>The in-memory <see cref="IServiceRequestStore"/>.</summary>
internal sealed class InMemoryServiceRequestStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<ServiceRequestId, ServiceRequestState, ServiceRequest>(session, nameof(ServiceRequest)), IServiceRequestStore
{
    public Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<ServiceRequest> QueryAsync(ServiceRequestQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(a => a.Id.Value), cancellationToken);
    }

    public Task SaveAsync(ServiceRequest request, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(request), cancellationToken);

    protected override ServiceRequestId KeyOf(ServiceRequest aggregate) => aggregate.Id;

    protected override ServiceRequestState ToState(ServiceRequest aggregate) => aggregate.ToState();

    protected override ServiceRequest FromState(ServiceRequestState state, long version) => ServiceRequest.FromState(state, version);

    protected override bool IsVisible(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(ServiceRequest aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
