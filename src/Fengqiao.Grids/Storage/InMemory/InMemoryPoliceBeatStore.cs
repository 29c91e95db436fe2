using Ardalis.GuardClauses;
using Fengqiao.Grids.Beats;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>The in-memory <see cref="IPoliceBeatStore"/>.</summary>
internal sealed class InMemoryPoliceBeatStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<PoliceBeatId, PoliceBeatState, PoliceBeat>(session, nameof(PoliceBeat)), IPoliceBeatStore
{
    public Task<PoliceBeat?> FindAsync(PoliceBeatId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<PoliceBeat> QueryAsync(PoliceBeatQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            query.Matches,
            found => found.OrderBy(b => b.Jurisdiction).ThenBy(b => b.Code, StringComparer.Ordinal).ThenBy(b => b.Id.Value),
            cancellationToken);
    }

    public Task SaveAsync(PoliceBeat beat, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(beat), cancellationToken);

    protected override PoliceBeatId KeyOf(PoliceBeat aggregate) => aggregate.Id;

    protected override PoliceBeatState ToState(PoliceBeat aggregate) => aggregate.ToState();

    protected override PoliceBeat FromState(PoliceBeatState state, long version) => PoliceBeat.FromState(state, version);

    protected override bool IsVisible(PoliceBeat aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(PoliceBeat aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
