using Ardalis.GuardClauses;
using Fengqiao.Households.Houses;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IHouseStore"/>: table <c>house</c>.</summary>
internal sealed class SqliteHouseStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<HouseId, HouseState, House>(session, Map, "SELECT t.state, t.version FROM house t"), IHouseStore
{
    internal static readonly SqliteTableMap<HouseId, ProtectedRow<HouseState>> Map = new(
        nameof(House),
        "house",
        IdColumn<HouseId>("id", id => id.Value),
        [Grid(s => s.Grid), County(s => s.Grid), new("address_id", SqliteType.Blob, r => SqliteValues.ToBlob(r.State.Address.Value)), StateColumn()]);

    public Task<House?> FindAsync(HouseId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<House> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(where => Within(where, within), " ORDER BY t.id", h => within is not { } root || root.Contains(h.Grid), cancellationToken);

    public Task SaveAsync(House house, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(house), cancellationToken);

    protected override HouseId KeyOf(House aggregate) => aggregate.Id;

    protected override HouseState StateOf(House aggregate) => aggregate.ToState();

    protected override House FromState(HouseState state, long version) => House.FromState(state, version);

    protected override bool CanAccess(House aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
