using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Grids.Training;

/// <summary>
/// Records training sessions with their attendance and sums them up per period (培训台账). Each
/// call is one unit of work in the current principal's scope; recording needs
/// <see cref="FengqiaoPermissions.ManageGrids"/>.
/// </summary>
public sealed class TrainingService
{
    private readonly GridSessions _sessions;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock for recorded-at stamps and new ids.</param>
    public TrainingService(IStorageProvider provider, IAccessContext access, IClock clock)
    {
        _clock = Guard.Against.Null(clock);
        _sessions = new GridSessions(Guard.Against.Null(provider), Guard.Against.Null(access), clock);
    }

    /// <summary>Records a training session and its attendance.</summary>
    /// <param name="jurisdiction">The organizing county, township or village.</param>
    /// <param name="date">The day it was held.</param>
    /// <param name="title">Its title or topic.</param>
    /// <param name="attendees">The registered staff members who attended.</param>
    /// <param name="unregisteredTrainees">The trainees without a staff record.</param>
    /// <param name="round">Its round number, if numbered.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The recorded session.</returns>
    public Task<TrainingSession> RecordAsync(
        JurisdictionCode jurisdiction,
        LocalDate date,
        string title,
        IEnumerable<StaffMemberId> attendees,
        int unregisteredTrainees = 0,
        int? round = null,
        CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var training = TrainingSession.Record(TrainingSessionId.New(_clock), jurisdiction, date, title, stamp, round);
                training.RecordAttendance(attendees, stamp);
                if (unregisteredTrainees != 0)
                {
                    training.RecordUnregisteredTrainees(unregisteredTrainees, stamp);
                }

                await session.GetStore<ITrainingStore>().SaveAsync(training, cancellationToken).ConfigureAwait(false);
                return training;
            },
            cancellationToken);

    /// <summary>Sums up the sessions organized inside a division over a period.</summary>
    /// <param name="within">The division.</param>
    /// <param name="from">The first day counted.</param>
    /// <param name="to">The first day not counted (exclusive).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sessions, trainee-times and distinct registered trainees.</returns>
    public Task<TrainingSummary> SummarizeAsync(JurisdictionCode within, LocalDate from, LocalDate to, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var sessions = 0;
                var traineeTimes = 0;
                var trainees = new HashSet<StaffMemberId>();
                await foreach (var training in session.GetStore<ITrainingStore>().QueryAsync(new TrainingQuery(within, from, to), cancellationToken).ConfigureAwait(false))
                {
                    sessions++;
                    traineeTimes += training.TraineeTimes;
                    trainees.UnionWith(training.Attendees);
                }

                return new TrainingSummary(within, from, to, sessions, traineeTimes, trainees.Count);
            },
            cancellationToken);
}
