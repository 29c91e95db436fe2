namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>A patrol team member's role (巡逻人员身份).</summary>
public enum PatrolRole
{
    /// <summary>A police officer (民警).</summary>
    Officer = 1,

    /// <summary>An auxiliary police officer (辅警).</summary>
    Auxiliary = 2,

    /// <summary>A grid worker (网格员).</summary>
    GridWorker = 3,

    /// <summary>A police liaison (警民联络员).</summary>
    Liaison = 4,

    /// <summary>A volunteer, such as a member of the veterans' team (志愿者, 老兵警长义务服务队).</summary>
    Volunteer = 5,

    /// <summary>A traffic safety persuader (交通劝导员).</summary>
    TrafficPersuader = 6,
}
