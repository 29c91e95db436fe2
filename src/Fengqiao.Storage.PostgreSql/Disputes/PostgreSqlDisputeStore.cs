using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Disputes;

/// <summary>The PostgreSQL <see cref="IDisputeStore"/>: table <c>disputes</c>, partitioned by county.</summary>
internal sealed class PostgreSqlDisputeStore : PostgreSqlAggregateStore<DisputeId, DisputeRow, Dispute>, IDisputeStore
{
    private static readonly ConditionalWeakTable<IFieldProtector, DisputeStateSerializer> Serializers = [];
    private readonly PostgreSqlStorageSession _session;

    public PostgreSqlDisputeStore(PostgreSqlStorageSession session)
        : base(session, DisputeTables.Disputes)
    {
        _session = session;
    }

    private DisputeStateSerializer Serializer => Serializers.GetValue(_session.Provider.FieldProtector, p => new DisputeStateSerializer(p));

    public Task<Dispute?> FindAsync(DisputeId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Dispute> QueryAsync(DisputeQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("area_code", root);
        }

        if (query.ReportedFrom is { } from)
        {
            where.And("reported_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.ReportedTo is { } to)
        {
            where.And("reported_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.Status is { } status)
        {
            where.And("status = " + where.Parameter((short)status, NpgsqlDbType.Smallint));
        }

        if (query.OpenOnly)
        {
            where.And("is_open");
        }

        if (query.Category is { } category)
        {
            where.And("category = " + where.Parameter(category, NpgsqlDbType.Text));
        }

        return QueryCoreAsync(where, "reported_on, id", query.Matches, cancellationToken);
    }

    public IAsyncEnumerable<Dispute> QueryOverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var where = new WhereBuilder();
        where.AndWithinCounties("area_code", within);
        where.And("is_open");
        where.And("deadline < " + where.Parameter(asOf, NpgsqlDbType.Date));
        return QueryCoreAsync(where, "deadline, id", d => DisputeQuery.IsOverdue(d, within, asOf), cancellationToken);
    }

    public Task SaveAsync(Dispute dispute, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(dispute), cancellationToken);

    protected override DisputeRow ToRow(Dispute aggregate) => new(aggregate.ToState(), Serializer, _session.Provider.FieldProtector);

    protected override Dispute FromRow(DisputeRow row, long version) =>
        Dispute.FromState(row.State ?? Serializer.Deserialize(row.Json!), version);

    protected override bool IsVisible(Dispute aggregate) => Scope.Contains(aggregate.Location.Area);

    protected override bool IsWritable(Dispute aggregate) => Scope.Contains(aggregate.Location.Area);
}
