using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IStandardAddressStore"/>: table <c>standard_addresses</c>.</summary>
internal sealed class PostgreSqlStandardAddressStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<StandardAddressId, StandardAddressState, StandardAddress>(session, HouseholdTables.StandardAddresses), IStandardAddressStore
{
    public Task<StandardAddress?> FindAsync(StandardAddressId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<StandardAddress> QueryAsync(JurisdictionCode? within, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(Within(within), "id", a => within is not { } root || root.Contains(a.Grid), cancellationToken);

    public Task SaveAsync(StandardAddress address, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(address), cancellationToken);

    protected override StandardAddressState StateOf(StandardAddress aggregate) => aggregate.ToState();

    protected override StandardAddress FromState(StandardAddressState state, long version) => StandardAddress.FromState(state, version);

    protected override bool CanAccess(StandardAddress aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
