using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>The PostgreSQL <see cref="IGridStore"/>: table <c>grids</c>, one partition per county, boundaries as WKB.</summary>
internal sealed class PostgreSqlGridStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<JurisdictionCode, GridRow, Grid>(session, GridTables.Grids), IGridStore
{
    public Task<Grid?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        FindCoreAsync(code, code, cancellationToken);

    public IAsyncEnumerable<Grid> QueryAsync(GridQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("code", root);
        }

        if (query.AsOf is { } date)
        {
            where.And(where.ValidOn("valid_from", "valid_to", date));
        }

        return QueryCoreAsync(where, "code", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Grid grid, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(grid), cancellationToken);

    protected override GridRow ToRow(Grid aggregate) => new(aggregate.ToState());

    protected override Grid FromRow(GridRow row, long version) => Grid.FromState(row.State, version);

    protected override bool IsVisible(Grid aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(Grid aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
