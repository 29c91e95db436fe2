using Ardalis.GuardClauses;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Households.Storage.InMemory;

/// <summary>
/// The in-memory <see cref="IResidentStore"/>. A second table maps citizen IDs to residents: a new
/// resident stages its entry as a new row, so two residents with one ID conflict at commit, as the
/// unique index does in the SQL backends.
/// </summary>
internal sealed class InMemoryResidentStore : InMemoryStore<ResidentId, ResidentState, Resident>, IResidentStore
{
    private readonly InMemoryTable<CitizenId, ResidentId> _byCitizenId;

    public InMemoryResidentStore(InMemoryStorageSession session)
        : base(session, nameof(Resident))
    {
        _byCitizenId = session.Provider.Table<CitizenId, ResidentId>(nameof(Resident) + ".CitizenId");
    }

    public Task<Resident?> FindAsync(ResidentId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public Task<Resident?> FindByCitizenIdAsync(CitizenId citizenId, CancellationToken cancellationToken = default) =>
        _byCitizenId.TryGet(citizenId, out var row) ? FindCoreAsync(row.Row, cancellationToken) : Task.FromResult<Resident?>(null);

    public IAsyncEnumerable<Resident> QueryAsync(ResidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(r => r.Id.Value), cancellationToken);
    }

    public Task SaveAsync(Resident resident, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(resident), cancellationToken);

    public Task AddManyAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken = default) => AddManyCoreAsync(Guard.Against.Null(residents), cancellationToken);

    protected override ResidentId KeyOf(Resident aggregate) => aggregate.Id;

    protected override ResidentState ToState(Resident aggregate) => aggregate.ToState();

    protected override Resident FromState(ResidentState state, long version) => Resident.FromState(state, version);

    protected override bool IsVisible(Resident aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);

    // The citizen ID never changes, so only a new resident claims its entry.
    protected override void StageExtra(Resident aggregate)
    {
        if (aggregate.Version == 0)
        {
            Session.StageUpsert(_byCitizenId, aggregate.CitizenId, aggregate.Id, 0);
        }
    }
}
