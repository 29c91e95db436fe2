using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>The SQLite <see cref="ITrainingStore"/>: table <c>training_session</c>, attendees repeated in <c>training_attendee</c>.</summary>
internal sealed class SqliteTrainingStore(SqliteStorageSession session)
    : SqliteAggregateStore<TrainingSessionId, TrainingSessionState, TrainingSession>(session, Map, "SELECT t.state, t.version FROM training_session t"), ITrainingStore
{
    private static readonly SqliteColumn<TrainingSessionId> Key = new("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value));

    internal static readonly SqliteTableMap<TrainingSessionId, TrainingSessionState> Map = new(
        nameof(TrainingSession),
        "training_session",
        Key,
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("held_on", SqliteType.Text, r => SqliteValues.ToText(r.Date)),
            new("state", SqliteType.Text, r => GridStateSerializer.Serialize(r)),
        ],
        new SqliteChildTable<TrainingSessionId, TrainingSessionState, StaffMemberId>(
            "training_attendee",
            Key with { Name = "session_id" },
            [new("member_id", SqliteType.Blob, m => SqliteValues.ToBlob(m.Value))],
            r => r.Attendees));

    public Task<TrainingSession?> FindAsync(TrainingSessionId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("t.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<TrainingSession> QueryAsync(TrainingQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("t.jurisdiction", root));
                }

                if (query.From is { } from)
                {
                    where.And($"t.held_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"t.held_on < {where.Parameter(SqliteValues.ToText(to))}");
                }

                if (query.Attendee is { } member)
                {
                    where.And($"EXISTS (SELECT 1 FROM training_attendee a WHERE a.session_id = t.id AND a.member_id = {where.Parameter(SqliteValues.ToBlob(member.Value))})");
                }
            },
            " ORDER BY t.held_on, t.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(TrainingSession session, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(session);
        return SaveCoreAsync(session, cancellationToken);
    }

    protected override TrainingSession Read(SqliteDataReader reader) =>
        TrainingSession.FromState(GridStateSerializer.Deserialize<TrainingSessionState>(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "t.jurisdiction"));

    protected override TrainingSessionId KeyOf(TrainingSession aggregate) => aggregate.Id;

    protected override TrainingSessionState ToRow(TrainingSession aggregate) => aggregate.ToState();

    protected override bool IsVisible(TrainingSession aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(TrainingSession aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
