using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>The rules attached to each <see cref="StaffRole"/>: its duties and where it may be assigned.</summary>
public static class StaffRoles
{
    /// <summary>Gets the duties a role carries.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The duties; a liaison carries police liaison, grid service and mediation ("三员合一").</returns>
    public static StaffDuties DutiesOf(StaffRole role) => role switch
    {
        StaffRole.GridChief or StaffRole.GridLeader => StaffDuties.Leadership,
        StaffRole.GridWorker => StaffDuties.GridService,
        StaffRole.GridAdviser => StaffDuties.Advising,
        StaffRole.Liaison => StaffDuties.PoliceLiaison | StaffDuties.GridService | StaffDuties.Mediation,
        StaffRole.CommunityOfficer => StaffDuties.Policing,
        StaffRole.Volunteer => StaffDuties.Volunteering,
        _ => StaffDuties.None,
    };

    /// <summary>Gets the levels a role may be assigned at.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The levels: an adviser only to a grid, a chief to a village or township, and so on.</returns>
    public static IReadOnlyList<JurisdictionLevel> LevelsOf(StaffRole role) => role switch
    {
        StaffRole.GridChief => [JurisdictionLevel.Township, JurisdictionLevel.Village],
        StaffRole.GridLeader or StaffRole.GridWorker or StaffRole.Liaison => [JurisdictionLevel.Village, JurisdictionLevel.Grid],
        StaffRole.GridAdviser => [JurisdictionLevel.Grid],
        StaffRole.CommunityOfficer => [JurisdictionLevel.Township, JurisdictionLevel.Village, JurisdictionLevel.Grid],
        StaffRole.Volunteer => [JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village, JurisdictionLevel.Grid],
        _ => [],
    };
}
