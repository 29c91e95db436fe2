using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids.Staffing.Events;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// A staff member of grid governance (网格工作人员): a grid chief, leader, worker, adviser, police
/// liaison, community officer or volunteer. One person may hold several roles; each
/// <see cref="StaffAssignment"/> is effective-dated. Together with the trainings attended, the
/// assignments form the worker's register ("一员一册").
/// </summary>
/// <remarks>
/// The member is filed under a home <see cref="Jurisdiction"/> (where the record is kept, usually a
/// village or township) that decides who may change it. <see cref="ToString"/> never shows the name
/// or the phone number.
/// </remarks>
public sealed class StaffMember : AggregateRoot
{
    private const string KindName = nameof(StaffMember);

    private readonly List<StaffAssignment> _assignments;

    private StaffMember(StaffMemberState state, long version)
        : base(version)
    {
        Id = state.Id;
        Name = state.Name;
        Phone = state.Phone;
        Jurisdiction = state.Jurisdiction;
        Registered = state.Registered;
        _assignments = [.. state.Assignments];
    }

    /// <summary>Gets the member's id.</summary>
    public StaffMemberId Id { get; }

    /// <summary>Gets the member's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the member's mobile phone number, if recorded: personal data, masked when formatted.</summary>
    public MobileNumber? Phone { get; private set; }

    /// <summary>Gets the jurisdiction the member's record is filed under.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets who registered the member and when.</summary>
    public ChangeStamp Registered { get; }

    /// <summary>Gets every assignment, current and past, in the order they were made.</summary>
    public IReadOnlyList<StaffAssignment> Assignments => _assignments;

    /// <summary>Registers a staff member (人员登记).</summary>
    /// <param name="id">The new member's id.</param>
    /// <param name="name">The name.</param>
    /// <param name="jurisdiction">The jurisdiction the record is filed under (county to grid).</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="phone">The mobile phone number, if known.</param>
    /// <returns>The new member, not yet saved.</returns>
    public static StaffMember Register(StaffMemberId id, string name, JurisdictionCode jurisdiction, ChangeStamp stamp, MobileNumber? phone = null)
    {
        VersionHistory.RequireLevel(jurisdiction, nameof(jurisdiction), JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village, JurisdictionLevel.Grid);
        var state = new StaffMemberState(StaffMemberState.CurrentSchemaVersion, id, VersionHistory.RequireName(name, nameof(name)), Normalize(phone), jurisdiction, [], stamp);
        var member = new StaffMember(state, 0);
        member.Raise(new StaffMemberRegistered(id.Value, jurisdiction.ToString(), stamp.By, stamp.At));
        return member;
    }

    /// <summary>Gets the assignments that apply on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The assignments.</returns>
    public IEnumerable<StaffAssignment> AssignmentsOn(LocalDate date) => _assignments.Where(a => a.Validity.Contains(date));

    /// <summary>Gets a value indicating whether the member holds a role for an area on a date.</summary>
    /// <param name="role">The role.</param>
    /// <param name="area">The area exactly.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether such an assignment applies.</returns>
    public bool Holds(StaffRole role, JurisdictionCode area, LocalDate date) =>
        _assignments.Any(a => a.Role == role && a.Area == area && a.Validity.Contains(date));

    /// <summary>Gets the duties the member carries for an area on a date, from every assignment that covers it.</summary>
    /// <param name="area">A grid, village or township.</param>
    /// <param name="date">The date.</param>
    /// <returns>The combined duties.</returns>
    public StaffDuties DutiesFor(JurisdictionCode area, LocalDate date) =>
        AssignmentsOn(date).Where(a => a.Covers(area)).Aggregate(StaffDuties.None, (duties, a) => duties | a.Duties);

    /// <summary>Assigns the member a role for an area from a date on (任命).</summary>
    /// <param name="role">The role.</param>
    /// <param name="area">The area, at a level the role allows (see <see cref="StaffRoles.LevelsOf"/>).</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="team">The team, for volunteers.</param>
    public void Assign(StaffRole role, JurisdictionCode area, LocalDate validFrom, ChangeStamp stamp, string? team = null) =>
        Assign(role, area, ValidityPeriod.StartingOn(validFrom), stamp, team);

    /// <summary>Assigns the member a role for an area over a period, which may already be over (recording history).</summary>
    /// <param name="role">The role.</param>
    /// <param name="area">The area, at a level the role allows (see <see cref="StaffRoles.LevelsOf"/>).</param>
    /// <param name="validity">The period.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="team">The team, for volunteers.</param>
    /// <exception cref="Errors.ValidationException">The role does not fit the area's level, the member already holds the role for the area in an overlapping period, or already advises another grid then.</exception>
    public void Assign(StaffRole role, JurisdictionCode area, ValidityPeriod validity, ChangeStamp stamp, string? team = null)
    {
        CheckRoleLevel(role, area);
        if (_assignments.Any(a => a.Role == role && a.Area == area && a.Validity.Overlaps(validity)))
        {
            throw GridMessages.Invalid(GridErrorCodes.AssignmentOverlap, nameof(area), role.ToString(), area.ToString(), validity.ToString());
        }

        // One side of the adviser's one-to-one pairing; the grid's side needs the other members and
        // is checked by StaffingService before saving.
        if (role == StaffRole.GridAdviser && _assignments.Any(a => a.Role == StaffRole.GridAdviser && a.Validity.Overlaps(validity)))
        {
            throw GridMessages.Invalid(GridErrorCodes.GridAdviserBusy, nameof(area), validity.ToString());
        }

        var assignment = new StaffAssignment(role, area, validity, string.IsNullOrWhiteSpace(team) ? null : team.Trim(), stamp);
        _assignments.Add(assignment);
        Raise(new StaffAssigned(Id.Value, role, area.ToString(), validity.ValidFrom, validity.ValidTo, stamp.By, stamp.At));
    }

    /// <summary>Ends the member's open assignment of a role for an area (免职、离任).</summary>
    /// <param name="role">The role.</param>
    /// <param name="area">The area exactly.</param>
    /// <param name="validTo">The first day the member no longer holds it.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void EndAssignment(StaffRole role, JurisdictionCode area, LocalDate validTo, ChangeStamp stamp)
    {
        var index = _assignments.FindIndex(a => a.Role == role && a.Area == area && a.Validity.IsOpen);
        if (index < 0)
        {
            throw GridMessages.Invalid(GridErrorCodes.AssignmentNotFound, nameof(area), role.ToString(), area.ToString(), ValidityPeriod.Format(validTo));
        }

        var current = _assignments[index];
        if (validTo <= current.Validity.ValidFrom)
        {
            throw VersionHistory.OutOfOrder(KindName, Id.ToString(), validTo, current.Validity.ValidFrom);
        }

        _assignments[index] = current with { Validity = current.Validity.EndingOn(validTo) };
        Raise(new StaffAssignmentEnded(Id.Value, role, area.ToString(), validTo, stamp.By, stamp.At));
    }

    /// <summary>Corrects the member's name or phone number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="phone">The mobile phone number, or <see langword="null"/> to clear it.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void UpdateContact(string name, MobileNumber? phone, ChangeStamp stamp)
    {
        Name = VersionHistory.RequireName(name, nameof(name));
        Phone = Normalize(phone);
        Raise(new StaffMemberUpdated(Id.Value, stamp.By, stamp.At));
    }

    /// <summary>Captures the member's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public StaffMemberState ToState() =>
        new(StaffMemberState.CurrentSchemaVersion, Id, Name, Phone, Jurisdiction, _assignments.ToArray(), Registered);

    /// <summary>Rebuilds a member from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The member, with no pending events.</returns>
    public static StaffMember FromState(StaffMemberState state, long version)
    {
        Guard.Against.Null(state);
        VersionHistory.CheckSchema(state.SchemaVersion, StaffMemberState.CurrentSchemaVersion, KindName);
        if (string.IsNullOrWhiteSpace(state.Name) || state.Jurisdiction.IsEmpty || state.Assignments is null)
        {
            throw VersionHistory.StateInvalid(KindName, state.Id.ToString(), "name, jurisdiction or assignments missing");
        }

        if (state.Assignments.Any(a => a is null || a.Area.IsEmpty || !StaffRoles.LevelsOf(a.Role).Contains(a.Area.Level)))
        {
            throw VersionHistory.StateInvalid(KindName, state.Id.ToString(), "an assignment's role does not fit its area");
        }

        return new StaffMember(state, version);
    }

    /// <summary>Describes the member by id only: names and phone numbers stay out of logs.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"StaffMember {Id}";

    private static void CheckRoleLevel(StaffRole role, JurisdictionCode area)
    {
        var levels = StaffRoles.LevelsOf(role);
        if (area.IsEmpty || !levels.Contains(area.Level))
        {
            throw GridMessages.Invalid(GridErrorCodes.RoleLevelInvalid, nameof(area), role.ToString(), area.IsEmpty ? "empty" : area.Level.ToString());
        }
    }

    // The empty value means "not recorded", like null.
    private static MobileNumber? Normalize(MobileNumber? phone) => phone is { IsEmpty: false } ? phone : null;
}
