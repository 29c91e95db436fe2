namespace Fengqiao.Grids.Training;

/// <summary>
/// The store contract of training sessions (培训存储). Obtain it with <c>session.GetStore&lt;ITrainingStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope: a training session whose organizing
/// jurisdiction lies outside the scope is invisible (<see langword="null"/> or absent). Reads see
/// committed data only.</para>
/// <para><see cref="SaveAsync"/> stages the session's state, checked at commit against the version it
/// was read at (0 for a new one); it stages the pending domain events into the outbox and, after a
/// successful commit, advances <see cref="Domain.AggregateRoot.Version"/>. Saving one whose organizing
/// jurisdiction lies outside the scope throws a <see cref="Errors.ValidationException"/> with code
/// <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// </remarks>
public interface ITrainingStore
{
    /// <summary>Finds a training session by id.</summary>
    /// <param name="id">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<TrainingSession?> FindAsync(TrainingSessionId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the sessions that match a query and lie in the scope, ordered by date, then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The sessions.</returns>
    IAsyncEnumerable<TrainingSession> QueryAsync(TrainingQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed session for the session's next commit.</summary>
    /// <param name="session">The training session.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(TrainingSession session, CancellationToken cancellationToken = default);
}
