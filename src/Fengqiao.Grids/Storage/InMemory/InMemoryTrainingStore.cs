using Ardalis.GuardClauses;
using Fengqiao.Grids.Training;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Grids.Storage.InMemory;

/// <summary>The in-memory <see cref="ITrainingStore"/>.</summary>
internal sealed class InMemoryTrainingStore(InMemoryStorageSession session)
    : InMemoryAggregateStore<TrainingSessionId, TrainingSessionState, TrainingSession>(session, nameof(TrainingSession)), ITrainingStore
{
    public Task<TrainingSession?> FindAsync(TrainingSessionId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, cancellationToken);

    public IAsyncEnumerable<TrainingSession> QueryAsync(TrainingQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(query.Matches, found => found.OrderBy(t => t.Date).ThenBy(t => t.Id.Value), cancellationToken);
    }

    public Task SaveAsync(TrainingSession session, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(session), cancellationToken);

    protected override TrainingSessionId KeyOf(TrainingSession aggregate) => aggregate.Id;

    protected override TrainingSessionState ToState(TrainingSession aggregate) => aggregate.ToState();

    protected override TrainingSession FromState(TrainingSessionState state, long version) => TrainingSession.FromState(state, version);

    protected override bool IsVisible(TrainingSession aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(TrainingSession aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
