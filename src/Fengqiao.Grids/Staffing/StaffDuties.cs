namespace Fengqiao.Grids.Staffing;

/// <summary>
/// The duties a role carries (职责). Roles map to duties with <see cref="StaffRoles.DutiesOf"/>; a
/// liaison carries three ("三员合一"), so a query for mediators or grid workers finds liaisons too.
/// </summary>
[Flags]
public enum StaffDuties
{
    /// <summary>No duty.</summary>
    None = 0,

    /// <summary>Leading and coordinating grids (统筹领导): chiefs and grid leaders.</summary>
    Leadership = 1,

    /// <summary>Grid service (网格服务): publicity, opinion surveys, visits, information collection.</summary>
    GridService = 2,

    /// <summary>Advising a grid (结对指导).</summary>
    Advising = 4,

    /// <summary>Liaising with the police and giving first response (警民联络、先期处置).</summary>
    PoliceLiaison = 8,

    /// <summary>Mediating disputes (矛盾调解).</summary>
    Mediation = 16,

    /// <summary>Policing as the responsible officer (包村警务).</summary>
    Policing = 32,

    /// <summary>Volunteer service such as patrols (志愿服务).</summary>
    Volunteering = 64,
}
