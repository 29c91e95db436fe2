using Ardalis.GuardClauses;
using Fengqiao.Households.Houses;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IHouseStore"/>: table <c>houses</c>.</summary>
internal sealed class PostgreSqlHouseStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<HouseId, HouseState, House>(session, HouseholdTables.Houses), IHouseStore
{
    public Task<House?> FindAsync(HouseId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<House> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(Within(within), "id", h => within is not { } root || root.Contains(h.Grid), cancellationToken);

    public Task SaveAsync(House house, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(house), cancellationToken);

    protected override HouseState StateOf(House aggregate) => aggregate.ToState();

    protected override House FromState(HouseState state, long version) => House.FromState(state, version);

    protected override bool CanAccess(House aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
