using Ardalis.GuardClauses;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Identity;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>
/// The PostgreSQL <see cref="IResidentStore"/>: table <c>residents</c>; the ID and phone only as envelopes in
/// <c>payload</c>, the keyed hash of the ID in <c>citizen_index</c>.
/// </summary>
internal sealed class PostgreSqlResidentStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<ResidentId, ResidentState, Resident>(session, HouseholdTables.Residents), IResidentStore
{
    public Task<Resident?> FindAsync(ResidentId id, CancellationToken cancellationToken = default) => FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public async Task<Resident?> FindByCitizenIdAsync(CitizenId citizenId, CancellationToken cancellationToken = default)
    {
        var where = new WhereBuilder();
        where.And("citizen_index = " + where.Parameter(HouseholdStateSerializer.CitizenIdIndex(Protector, citizenId), NpgsqlDbType.Text));
        await foreach (var resident in QueryCoreAsync(where, "id", static _ => true, cancellationToken).ConfigureAwait(false))
        {
            return resident;
        }

        return null;
    }

    public IAsyncEnumerable<Resident> QueryAsync(ResidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = Within(query.Within);
        var residency = query.RenewalOverdueOn is not null ? ResidencyKind.Floating : query.Residency;
        if (residency is { } kind)
        {
            where.And("residency = " + where.Parameter((short)kind, NpgsqlDbType.Smallint));
        }

        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Resident resident, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(resident), cancellationToken);

    public Task AddManyAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken = default) =>
        AddManyCoreAsync(Guard.Against.Null(residents), r => r.Id, cancellationToken);

    protected override ResidentState StateOf(Resident aggregate) => aggregate.ToState();

    protected override Resident FromState(ResidentState state, long version) => Resident.FromState(state, version);

    protected override bool CanAccess(Resident aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
