using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Storage.Sqlite.Internal;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>The SQLite <see cref="IKeyPersonStore"/>: table <c>key_person</c>; nothing is read without the key-person permission.</summary>
internal sealed class SqliteKeyPersonStore(SqliteStorageSession session)
    : SqliteHouseholdsStore<ResidentId, KeyPersonState, KeyPersonRecord>(session, Map, "SELECT t.state, t.version FROM key_person t"), IKeyPersonStore
{
    internal static readonly SqliteTableMap<ResidentId, ProtectedRow<KeyPersonState>> Map = new(
        nameof(KeyPersonRecord),
        "key_person",
        IdColumn<ResidentId>("resident_id", id => id.Value),
        [Grid(s => s.Grid), County(s => s.Grid), StateColumn()]);

    public Task<KeyPersonRecord?> FindAsync(ResidentId resident, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.resident_id", SqliteValues.ToBlob(resident.Value), cancellationToken);

    public IAsyncEnumerable<KeyPersonRecord> QueryAsync(KeyPersonQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(where => Within(where, query.Within), " ORDER BY t.resident_id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(KeyPersonRecord record, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(record), cancellationToken);

    protected override void AddScope(SqliteQueryBuilder where) =>
        where.And(Scope.HasPermission(FengqiaoPermissions.ReadKeyPersons) ? where.InScope(Scope, "t.grid") : "0 = 1");

    protected override ResidentId KeyOf(KeyPersonRecord aggregate) => aggregate.Resident;

    protected override KeyPersonState StateOf(KeyPersonRecord aggregate) => aggregate.ToState();

    protected override KeyPersonRecord FromState(KeyPersonState state, long version) => KeyPersonRecord.FromState(state, version);

    protected override bool CanAccess(KeyPersonRecord aggregate) => HouseholdVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(KeyPersonRecord aggregate) => HouseholdVisibility.CanWrite(Scope, aggregate);
}
