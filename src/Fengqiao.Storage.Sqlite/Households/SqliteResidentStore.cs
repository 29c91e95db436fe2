using Ardalis.GuardClauses;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Identity;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>
/// The SQLite <see cref="IResidentStore"/>: table <c>resident</c>. The citizen ID and phone are only in
/// the JSON, as envelopes; <c>citizen_index</c> holds the keyed hash of the ID under a unique index.
/// </summary>
internal sealed class SqliteResidentStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<ResidentId, ResidentState, Resident>(session, Map, "SELECT t.state, t.version FROM resident t"), IResidentStore
{
    internal static readonly SqliteTableMap<ResidentId, ProtectedRow<ResidentState>> Map = new(
        nameof(Resident),
        "resident",
        IdColumn<ResidentId>("id", id => id.Value),
        [
            Grid(s => s.Grid),
            County(s => s.Grid),
            new("citizen_index", SqliteType.Text, r => HouseholdStateSerializer.CitizenIdIndex(r.Protector, r.State.CitizenId)),
            new("residency", SqliteType.Integer, r => (int)r.State.Residency),
            new("status", SqliteType.Integer, r => (int)r.State.Status),
            StateColumn(),
        ]);

    public Task<Resident?> FindAsync(ResidentId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public Task<Resident?> FindByCitizenIdAsync(CitizenId citizenId, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.citizen_index", HouseholdStateSerializer.CitizenIdIndex(Protector, citizenId), cancellationToken);

    public IAsyncEnumerable<Resident> QueryAsync(ResidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                Within(where, query.Within);
                if (query.Residency is { } residency)
                {
                    where.And($"t.residency = {where.Parameter((int)residency)}");
                }

                if (query.RenewalOverdueOn is not null)
                {
                    where.And($"t.residency = {where.Parameter((int)ResidencyKind.Floating)}");
                }
            },
            " ORDER BY t.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Resident resident, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(resident), cancellationToken);

    public Task AddManyAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken = default) => AddManyCoreAsync(Guard.Against.Null(residents), cancellationToken);

    protected override ResidentId KeyOf(Resident aggregate) => aggregate.Id;

    protected override ResidentState StateOf(Resident aggregate) => aggregate.ToState();

    protected override Resident FromState(ResidentState state, long version) => Resident.FromState(state, version);

    protected override bool CanAccess(Resident aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
