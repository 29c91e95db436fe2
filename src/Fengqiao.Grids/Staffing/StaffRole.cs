namespace Fengqiao.Grids.Staffing;

/// <summary>The roles people hold in grid governance (网格化管理角色). One person may hold several.</summary>
public enum StaffRole
{
    /// <summary>Chief grid leader (总网格长): the village party secretary, or the township's, for a whole village or township.</summary>
    GridChief = 1,

    /// <summary>Grid leader (网格长): a village committee cadre leading one or more grids.</summary>
    GridLeader = 2,

    /// <summary>Grid worker (网格员): drawn from household-link heads (双联户长), retired cadres, mediators, party members and respected locals (乡贤).</summary>
    GridWorker = 3,

    /// <summary>Grid adviser (网格指导员): an official paired one-to-one with a grid.</summary>
    GridAdviser = 4,

    /// <summary>Police liaison (警民联络员): "三员合一", at once police liaison, grid worker and mediator, giving first response before police arrive.</summary>
    Liaison = 5,

    /// <summary>Community officer (包村民警): the police officer responsible for a village ("一村一警").</summary>
    CommunityOfficer = 6,

    /// <summary>Volunteer (志愿者), such as a member of a veterans' patrol team (老兵警长义务服务队).</summary>
    Volunteer = 7,
}
