using Ardalis.GuardClauses;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Storage;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Services;

/// <summary>The SQLite <see cref="IFoundItemStore"/>: table <c>found_item</c>, the owner's data in one encrypted envelope.</summary>
internal sealed class SqliteFoundItemStore(SqliteStorageSession session)
    : SqliteAggregateStore<FoundItemId, ProtectedServiceState<FoundItemState>, FoundItem>(session, Map, "SELECT f.state, f.version, f.personal FROM found_item f"), IFoundItemStore
{
    internal static readonly SqliteTableMap<FoundItemId, ProtectedServiceState<FoundItemState>> Map = new(
        nameof(FoundItem),
        "found_item",
        new SqliteColumn<FoundItemId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("station", SqliteType.Text, r => SqliteValues.ToText(r.Stripped.Station)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Stripped.Station))),
            new("status", SqliteType.Integer, r => (long)r.Stripped.Status),
            new("kind", SqliteType.Integer, r => (long)r.Stripped.Kind),
            new("found_at", SqliteType.Integer, r => SqliteValues.ToTicks(r.Stripped.FoundAt)),
            new("phone_ix", SqliteType.Text, r => SqliteValues.DbValue(r.PhoneIndex)),
            new("citizen_ix", SqliteType.Text, r => SqliteValues.DbValue(r.CitizenIdIndex)),
            new("personal", SqliteType.Text, r => SqliteValues.DbValue(r.Envelope)),
            new("state", SqliteType.Text, r => ServiceStateSerializer.Serialize(r.Stripped)),
        ]);

    private readonly SqliteStorageSession _session = session;

    public Task<FoundItem?> FindAsync(FoundItemId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("f.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<FoundItem> QueryAsync(FoundItemQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("f.station", root));
                }

                if (query.Status is { } status)
                {
                    where.And($"f.status = {where.Parameter((long)status)}");
                }

                if (query.Kind is { } kind)
                {
                    where.And($"f.kind = {where.Parameter((long)kind)}");
                }
            },
            " ORDER BY f.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(FoundItem item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override FoundItem Read(SqliteDataReader reader)
    {
        var stripped = ServiceStateSerializer.Deserialize<FoundItemState>(reader.GetString(0));
        var personal = reader.IsDBNull(2) ? null : ServiceFieldProtection.Unprotect(reader.GetString(2), _session.Provider.FieldProtector);
        return FoundItem.FromState(ServicePersonalData.Merge(stripped, personal), reader.GetInt64(1));
    }

    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And(where.InScope(Scope, "f.station"));
        }
    }

    protected override FoundItemId KeyOf(FoundItem aggregate) => aggregate.Id;

    protected override ProtectedServiceState<FoundItemState> ToRow(FoundItem aggregate) =>
        ServiceFieldProtection.Protect(ServicePersonalData.Split(aggregate.ToState()), _session.Provider.FieldProtector);

    protected override bool IsVisible(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);

    protected override bool IsWritable(FoundItem aggregate) => ServiceVisibility.CanAccess(Scope, aggregate.Station);
}
