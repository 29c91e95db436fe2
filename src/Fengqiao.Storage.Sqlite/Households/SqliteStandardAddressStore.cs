using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IStandardAddressStore"/>: table <c>standard_address</c>.</summary>
internal sealed class SqliteStandardAddressStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<StandardAddressId, StandardAddressState, StandardAddress>(session, Map, "SELECT t.state, t.version FROM standard_address t"), IStandardAddressStore
{
    internal static readonly SqliteTableMap<StandardAddressId, ProtectedRow<StandardAddressState>> Map = new(
        nameof(StandardAddress),
        "standard_address",
        IdColumn<StandardAddressId>("id", id => id.Value),
        [Grid(s => s.Grid), County(s => s.Grid), StateColumn()]);

    public Task<StandardAddress?> FindAsync(StandardAddressId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<StandardAddress> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(where => Within(where, within), " ORDER BY t.id", a => within is not { } root || root.Contains(a.Grid), cancellationToken);

    public Task SaveAsync(StandardAddress address, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(address), cancellationToken);

    protected override StandardAddressId KeyOf(StandardAddress aggregate) => aggregate.Id;

    protected override StandardAddressState StateOf(StandardAddress aggregate) => aggregate.ToState();

    protected override StandardAddress FromState(StandardAddressState state, long version) => StandardAddress.FromState(state, version);

    protected override bool CanAccess(StandardAddress aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
