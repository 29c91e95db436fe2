using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>The in-memory <see cref="IStaffStore"/>.</summary>
internal sealed class InMemoryStaffStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<StaffMemberId, StaffMemberState, StaffMember>(session, nameof(StaffMember)), IStaffStore
{
    public Task<StaffMember?> FindAsync(StaffMemberId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<StaffMember> QueryAsync(StaffQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(m => m.Id.Value), cancellationToken);
    }

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(member), cancellationToken);

    protected override StaffMemberId KeyOf(StaffMember aggregate) => aggregate.Id;

    protected override StaffMemberState ToState(StaffMember aggregate) => aggregate.ToState();

    protected override StaffMember FromState(StaffMemberState state, long version) => StaffMember.FromState(state, version);

    protected override bool IsVisible(StaffMember aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(StaffMember aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
