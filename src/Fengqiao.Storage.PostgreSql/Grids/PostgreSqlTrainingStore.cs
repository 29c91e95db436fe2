using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>The PostgreSQL <see cref="ITrainingStore"/>: table <c>training_sessions</c>, partitioned by the organizing county.</summary>
internal sealed class PostgreSqlTrainingStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<TrainingSessionId, TrainingSessionState, TrainingSession>(session, GridTables.TrainingSessions), ITrainingStore
{
    public Task<TrainingSession?> FindAsync(TrainingSessionId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<TrainingSession> QueryAsync(TrainingQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.From is { } from)
        {
            where.And("held_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("held_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.Attendee is { } member)
        {
            where.And("attendee_ids @> ARRAY[" + where.Parameter(member.Value, NpgsqlDbType.Uuid) + "]");
        }

        return QueryCoreAsync(where, "held_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(TrainingSession session, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(session), cancellationToken);

    protected override TrainingSessionState ToRow(TrainingSession aggregate) => aggregate.ToState();

    protected override TrainingSession FromRow(TrainingSessionState row, long version) => TrainingSession.FromState(row, version);

    protected override bool IsVisible(TrainingSession aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(TrainingSession aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
