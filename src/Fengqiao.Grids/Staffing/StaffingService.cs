using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// Registers grid staff, assigns and ends their roles with the cross-member rules (grid advisers
/// one-to-one), and builds a worker's register ("一员一册"). Each call is one unit of work in the
/// current principal's scope; changes need <see cref="FengqiaoPermissions.ManageGrids"/>.
/// </summary>
/// <remarks>
/// The grid side of the adviser pairing is checked against the advisers visible in the caller's
/// scope when the assignment is made; two sessions pairing different advisers with one grid at
/// the same moment can both pass (a backend may add a constraint for that).
/// </remarks>
public sealed class StaffingService
{
    private readonly GridSessions _sessions;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock for recorded-at stamps and new ids.</param>
    public StaffingService(IStorageProvider provider, IAccessContext access, IClock clock)
    {
        _clock = Guard.Against.Null(clock);
        _sessions = new GridSessions(Guard.Against.Null(provider), Guard.Against.Null(access), clock);
    }

    /// <summary>Registers a staff member.</summary>
    /// <param name="name">The name.</param>
    /// <param name="jurisdiction">The jurisdiction the record is filed under.</param>
    /// <param name="phone">The mobile phone number, if known.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The registered member.</returns>
    public Task<StaffMember> RegisterAsync(string name, JurisdictionCode jurisdiction, MobileNumber? phone = null, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var member = StaffMember.Register(StaffMemberId.New(_clock), name, jurisdiction, stamp, phone);
                await session.GetStore<IStaffStore>().SaveAsync(member, cancellationToken).ConfigureAwait(false);
                return member;
            },
            cancellationToken);

    /// <summary>Assigns a member a role for an area over a period, enforcing the adviser pairing.</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="role">The role.</param>
    /// <param name="area">The area.</param>
    /// <param name="validity">The period (open-ended for a current assignment).</param>
    /// <param name="team">The team, for volunteers.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member after the change.</returns>
    /// <exception cref="Errors.NotFoundException">The member does not exist or lies outside the scope.</exception>
    public Task<StaffMember> AssignAsync(StaffMemberId member, StaffRole role, JurisdictionCode area, ValidityPeriod validity, string? team = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            member,
            async (session, found, stamp) =>
            {
                if (role == StaffRole.GridAdviser)
                {
                    var advisers = await GridSessions.ToListAsync(
                        session.GetStore<IStaffStore>().QueryAsync(new StaffQuery(Within: area, Role: StaffRole.GridAdviser), cancellationToken), cancellationToken).ConfigureAwait(false);
                    GridAdviserPairing.EnsureGridFree(area, validity, member, advisers);
                }

                found.Assign(role, area, validity, stamp, team);
            },
            cancellationToken);

    /// <summary>Ends a member's open assignment of a role for an area.</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="role">The role.</param>
    /// <param name="area">The area.</param>
    /// <param name="validTo">The first day the member no longer holds it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member after the change.</returns>
    public Task<StaffMember> EndAssignmentAsync(StaffMemberId member, StaffRole role, JurisdictionCode area, LocalDate validTo, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            member,
            (_, found, stamp) =>
            {
                found.EndAssignment(role, area, validTo, stamp);
                return Task.CompletedTask;
            },
            cancellationToken);

    /// <summary>Builds a member's register ("一员一册"): assignments and trainings attended.</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register, or <see langword="null"/> when the member does not exist or lies outside the scope.</returns>
    public Task<GridWorkerRegister?> GetRegisterAsync(StaffMemberId member, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var found = await session.GetStore<IStaffStore>().FindAsync(member, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    return null;
                }

                var trainings = new List<TrainingRecord>();
                await foreach (var training in session.GetStore<ITrainingStore>().QueryAsync(new TrainingQuery(Attendee: member), cancellationToken).ConfigureAwait(false))
                {
                    trainings.Add(new TrainingRecord(training.Id, training.Date, training.Title, training.Round, training.Jurisdiction));
                }

                return new GridWorkerRegister(found.Id, found.Name, found.Jurisdiction, found.Assignments, trainings);
            },
            cancellationToken);

    private Task<StaffMember> ChangeAsync(StaffMemberId member, Func<IStorageSession, StaffMember, ChangeStamp, Task> change, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IStaffStore>();
                var found = await store.FindAsync(member, cancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException(nameof(StaffMember), member.ToString());
                await change(session, found, stamp).ConfigureAwait(false);
                await store.SaveAsync(found, cancellationToken).ConfigureAwait(false);
                return found;
            },
            cancellationToken);
}
