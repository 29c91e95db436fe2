using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>The PostgreSQL <see cref="IJurisdictionStore"/>: table <c>jurisdictions</c>, one partition per county.</summary>
internal sealed class PostgreSqlJurisdictionStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<JurisdictionCode, JurisdictionState, Jurisdiction>(session, GridTables.Jurisdictions), IJurisdictionStore
{
    public Task<Jurisdiction?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(code, code, cancellationToken);

    public IAsyncEnumerable<Jurisdiction> QueryAsync(JurisdictionQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("code", root);
        }

        if (query.Level is { } level)
        {
            where.And("level = " + where.Parameter((short)level, NpgsqlDbType.Smallint));
        }

        if (query.AsOf is { } date)
        {
            where.And(where.ValidOn("valid_from", "valid_to", date));
        }

        return QueryCoreAsync(where, "code", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(jurisdiction), cancellationToken);

    protected override JurisdictionState ToRow(Jurisdiction aggregate) => aggregate.ToState();

    protected override Jurisdiction FromRow(JurisdictionState row, long version) => Jurisdiction.FromState(row, version);

    protected override bool IsVisible(Jurisdiction aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Jurisdiction aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
