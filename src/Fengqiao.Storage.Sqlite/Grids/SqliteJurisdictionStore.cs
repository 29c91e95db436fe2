using Ardalis.GuardClauses;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>The SQLite <see cref="IJurisdictionStore"/>: table <c>jurisdiction</c>.</summary>
internal sealed class SqliteJurisdictionStore(SqliteStorageSession session)
    : SqliteAggregateStore<JurisdictionCode, JurisdictionState, Jurisdiction>(session, Map, "SELECT state, version FROM jurisdiction"), IJurisdictionStore
{
    internal static readonly SqliteTableMap<JurisdictionCode, JurisdictionState> Map = new(
        nameof(Jurisdiction),
        "jurisdiction",
        new("code", SqliteType.Text, c => SqliteValues.ToText(c)),
        [
            new("level", SqliteType.Integer, r => (int)r.Code.Level),
            new("parent", SqliteType.Text, r => SqliteValues.DbValue(r.Code.Parent is { } p ? SqliteValues.ToText(p) : null)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Code))),
            new("valid_from", SqliteType.Text, r => SqliteValues.ToText(r.Periods[0].Validity.ValidFrom)),
            new("valid_to", SqliteType.Text, r => SqliteValues.DbValue(r.Periods[^1].Validity.ValidTo)),
            new("name", SqliteType.Text, r => r.Periods[^1].Name),
            new("state", SqliteType.Text, r => GridStateSerializer.Serialize(r)),
        ]);

    public Task<Jurisdiction?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync("code", SqliteValues.ToText(code), cancellationToken);

    public IAsyncEnumerable<Jurisdiction> QueryAsync(JurisdictionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("code", root));
                }

                if (query.Level is { } level)
                {
                    where.And($"level = {where.Parameter((int)level)}");
                }

                if (query.AsOf is { } date)
                {
                    // Periods tile the lifetime, so existing on a date is the lifetime containing it.
                    where.And(where.ValidOn("valid_from", "valid_to", date));
                }
            },
            " ORDER BY code",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(jurisdiction);
        return SaveCoreAsync(jurisdiction, cancellationToken);
    }

    protected override Jurisdiction Read(SqliteDataReader reader) =>
        Jurisdiction.FromState(GridStateSerializer.Deserialize<JurisdictionState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "code"));

    protected override JurisdictionCode KeyOf(Jurisdiction aggregate) => aggregate.Code;

    protected override JurisdictionState ToRow(Jurisdiction aggregate) => aggregate.ToState();

    protected override bool IsVisible(Jurisdiction aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Jurisdiction aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
