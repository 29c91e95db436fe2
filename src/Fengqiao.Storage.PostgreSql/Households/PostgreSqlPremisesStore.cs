using Ardalis.GuardClauses;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IPremisesStore"/>: table <c>premises</c>.</summary>
internal sealed class PostgreSqlPremisesStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<PremisesId, PremisesState, PremisesRecord>(session, HouseholdTables.Premises), IPremisesStore
{
    public Task<PremisesRecord?> FindAsync(PremisesId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<PremisesRecord> QueryAsync(JurisdictionCode? within, PremisesCategory? category = null, CancellationToken cancellationToken = default)
    {
        var where = Within(within);
        if (category is { } c)
        {
            where.And("category = " + where.Parameter((short)c, NpgsqlDbType.Smallint));
        }

        return QueryCoreAsync(where, "id", p => (within is not { } root || root.Contains(p.Grid)) && (category is not { } k || p.Category == k), cancellationToken);
    }

    public Task SaveAsync(PremisesRecord premises, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(premises), cancellationToken);

    protected override PremisesState StateOf(PremisesRecord aggregate) => aggregate.ToState();

    protected override PremisesRecord FromState(PremisesState state, long version) => PremisesRecord.FromState(state, version);

    protected override bool CanAccess(PremisesRecord aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
