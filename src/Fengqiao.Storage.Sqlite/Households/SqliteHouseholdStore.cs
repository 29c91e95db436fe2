using Ardalis.GuardClauses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Storage;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IHouseholdStore"/>: table <c>household</c>, every member ever in <c>household_member</c>.</summary>
internal sealed class SqliteHouseholdStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<HouseholdId, HouseholdState, Household>(session, Map, "SELECT t.state, t.version FROM household t"), IHouseholdStore
{
    private static readonly SqliteColumn<HouseholdId> Key = IdColumn<HouseholdId>("id", id => id.Value);

    internal static readonly SqliteTableMap<HouseholdId, ProtectedRow<HouseholdState>> Map = new(
        nameof(Household),
        "household",
        Key,
        [
            Grid(s => s.Placements[^1].Grid),
            County(s => s.Placements[^1].Grid),
            new("valid_from", SqliteType.Text, r => SqliteValues.ToText(r.State.Placements[0].Validity.ValidFrom)),
            new("valid_to", SqliteType.Text, r => SqliteValues.DbValue(r.State.Placements[^1].Validity.ValidTo)),
            StateColumn(),
        ],
        new SqliteChildTable<HouseholdId, ProtectedRow<HouseholdState>, Fengqiao.Households.Residents.ResidentId>(
            "household_member",
            Key with { Name = "household_id" },
            [new("resident_id", SqliteType.Blob, r => SqliteValues.ToBlob(r.Value))],
            r => r.State.Members.Select(m => m.Resident).Distinct()));

    public Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Household> QueryAsync(HouseholdQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                Within(where, query.Within);
                if (query.AsOf is { } date)
                {
                    where.And(where.ValidOn("t.valid_from", "t.valid_to", date));
                }

                if (query.Member is { } member)
                {
                    where.And($"EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = t.id AND m.resident_id = {where.Parameter(SqliteValues.ToBlob(member.Value))})");
                }
            },
            " ORDER BY t.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Household household, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(household), cancellationToken);

    public Task AddManyAsync(IReadOnlyList<Household> households, CancellationToken cancellationToken = default) => AddManyCoreAsync(Guard.Against.Null(households), cancellationToken);

    protected override HouseholdId KeyOf(Household aggregate) => aggregate.Id;

    protected override HouseholdState StateOf(Household aggregate) => aggregate.ToState();

    protected override Household FromState(HouseholdState state, long version) => Household.FromState(state, version);

    protected override bool CanAccess(Household aggregate) => HouseholdVisibility.CanAccess(Scope, aggregate);
}
