namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>A member of a patrol team (巡逻队员).</summary>
/// <param name="Role">The member's role.</param>
/// <param name="Staff">The staff record, when the member has one; volunteers often do not.</param>
/// <param name="Group">The volunteer team or unit, such as "老兵警长义务服务队", if any.</param>
public sealed record PatrolMember(PatrolRole Role, Grids.Staffing.StaffMemberId? Staff = null, string? Group = null);
