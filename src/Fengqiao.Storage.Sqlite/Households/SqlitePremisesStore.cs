using Ardalis.GuardClauses;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IPremisesStore"/>: table <c>premises</c>; the responsible person's phone only as an envelope in the JSON.</summary>
internal sealed class SqlitePremisesStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<PremisesId, PremisesState, PremisesRecord>(session, Map, "SELECT t.state, t.version FROM premises t"), IPremisesStore
{
    internal static readonly SqliteTableMap<PremisesId, ProtectedRow<PremisesState>> Map = new(
        nameof(PremisesRecord),
        "premises",
        IdColumn<PremisesId>("id", id => id.Value),
        [Grid(s => s.Grid), County(s => s.Grid), new("category", SqliteType.Integer, r => (int)r.State.Category), StateColumn()]);

    public Task<PremisesRecord?> FindAsync(PremisesId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<PremisesRecord> QueryAsync(JurisdictionCode? within, PremisesCategory? category = null, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(
            where =>
            {
                Within(where, within);
                if (category is { } c)
                {
                    where.And($"t.category = {where.Parameter((int)c)}");
                }
            },
            " ORDER BY t.id",
            p => (within is not { } root || root.Contains(p.Grid)) && (category is not { } c || p.Category == c),
            cancellationToken);

    public Task SaveAsync(PremisesRecord premises, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(premises), cancellationToken);

    protected override PremisesId KeyOf(PremisesRecord aggregate) => aggregate.Id;

    protected override PremisesState StateOf(PremisesRecord aggregate) => aggregate.ToState();

    protected override PremisesRecord FromState(PremisesState state, long version) => PremisesRecord.FromState(state, version);

    protected override bool CanAccess(PremisesRecord aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
