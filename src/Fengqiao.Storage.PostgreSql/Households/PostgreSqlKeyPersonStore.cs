using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Storage.PostgreSql.Tables;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The PostgreSQL <see cref="IKeyPersonStore"/>: table <c>key_persons</c>; nothing is read without the key-person permission.</summary>
internal sealed class PostgreSqlKeyPersonStore(PostgreSqlStorageSession session)
    : PostgreSqlHouseholdsStore<ResidentId, KeyPersonState, KeyPersonRecord>(session, HouseholdTables.KeyPersons), IKeyPersonStore
{
    public Task<KeyPersonRecord?> FindAsync(ResidentId resident, CancellationToken cancellationToken = default) =>
        Permitted ? FindCoreAsync(resident, jurisdiction: null, cancellationToken) : Task.FromResult<KeyPersonRecord?>(null);

    public IAsyncEnumerable<KeyPersonRecord> QueryAsync(KeyPersonQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = Within(query.Within);
        if (!Permitted)
        {
            where.And("FALSE");
        }

        return QueryCoreAsync(where, "resident_id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(KeyPersonRecord record, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(record), cancellationToken);

    private bool Permitted => Scope.HasPermission(FengqiaoPermissions.ReadKeyPersons);

    protected override KeyPersonState StateOf(KeyPersonRecord aggregate) => aggregate.ToState();

    protected override KeyPersonRecord FromState(KeyPersonState state, long version) => KeyPersonRecord.FromState(state, version);

    protected override bool CanAccess(KeyPersonRecord aggregate) => HouseholdVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(KeyPersonRecord aggregate) => HouseholdVisibility.CanWrite(Scope, aggregate);
}
