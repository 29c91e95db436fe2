using Ardalis.GuardClauses;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>The in-memory <see cref="IJurisdictionStore"/>.</summary>
internal sealed class InMemoryJurisdictionStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<JurisdictionCode, JurisdictionState, Jurisdiction>(session, nameof(Jurisdiction)), IJurisdictionStore
{
    public Task<Jurisdiction?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(code, cancellationToken);

    public IAsyncEnumerable<Jurisdiction> QueryAsync(JurisdictionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(j => j.Code), cancellationToken);
    }

    public Task SaveAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(jurisdiction), cancellationToken);

    protected override JurisdictionCode KeyOf(Jurisdiction aggregate) => aggregate.Code;

    protected override JurisdictionState ToState(Jurisdiction aggregate) => aggregate.ToState();

    protected override Jurisdiction FromState(JurisdictionState state, long version) => Jurisdiction.FromState(state, version);

    protected override bool IsVisible(Jurisdiction aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Jurisdiction aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
