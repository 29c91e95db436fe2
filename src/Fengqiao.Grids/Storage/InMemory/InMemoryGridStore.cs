using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>The in-memory <see cref="IGridStore"/>.</summary>
internal sealed class InMemoryGridStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<JurisdictionCode, GridState, Grid>(session, nameof(Grid)), IGridStore
{
    public Task<Grid?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(code, cancellationToken);

    public IAsyncEnumerable<Grid> QueryAsync(GridQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(g => g.Code), cancellationToken);
    }

    public Task SaveAsync(Grid grid, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(grid), cancellationToken);

    protected override JurisdictionCode KeyOf(Grid aggregate) => aggregate.Code;

    protected override GridState ToState(Grid aggregate) => aggregate.ToState();

    protected override Grid FromState(GridState state, long version) => Grid.FromState(state, version);

    protected override bool IsVisible(Grid aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Grid aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
