using Ardalis.GuardClauses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Residents;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>The in-memory <see cref="IKeyPersonStore"/>.</summary>
internal sealed class InMemoryKeyPersonStore(InMemoryStorageSession session)
    : InMemoryStore<ResidentId, KeyPersonState, KeyPersonRecord>(session, nameof(KeyPersonRecord)), IKeyPersonStore
{
    public Task<KeyPersonRecord?> FindAsync(ResidentId resident, CancellationToken cancellationToken = default) => FindCoreAsync(resident, cancellationToken);

    public IAsyncEnumerable<KeyPersonRecord> QueryAsync(KeyPersonQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(r => r.Resident.Value), cancellationToken);
    }

    public Task SaveAsync(KeyPersonRecord record, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(record), cancellationToken);

    protected override ResidentId KeyOf(KeyPersonRecord aggregate) => aggregate.Resident;

    protected override KeyPersonState ToState(KeyPersonRecord aggregate) => aggregate.ToState();

    protected override KeyPersonRecord FromState(KeyPersonState state, long version) => KeyPersonRecord.FromState(state, version);

    protected override bool IsVisible(KeyPersonRecord aggregate) => HouseholdVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(KeyPersonRecord aggregate) => HouseholdVisibility.CanWrite(Scope, aggregate);
}
