namespace Fengqiao.Disputes.Workflow;

/// <summary>A step of the dispute workflow (办理环节); <see cref="DisputeWorkflow"/> says which status each leads to.</summary>
public enum DisputeTrigger
{
    /// <summary>Accept the report (受理).</summary>
    Accept = 0,

    /// <summary>Record a first response on the spot (先期处置).</summary>
    RespondFirst = 1,

    /// <summary>Start (or resume) mediation at the current level (组织调解).</summary>
    StartMediation = 2,

    /// <summary>Record a settlement (调解成功/化解).</summary>
    Settle = 3,

    /// <summary>Record that mediation failed at this level (调解不成).</summary>
    Fail = 4,

    /// <summary>Escalate to a higher level of the ladder (上交).</summary>
    Escalate = 5,

    /// <summary>Record a follow-up visit that found the settlement holding (回访).</summary>
    FollowUp = 6,

    /// <summary>Reopen after a relapse (反弹重启): counts as a repeat.</summary>
    Relapse = 7,

    /// <summary>Close the record (结案).</summary>
    Close = 8,

    /// <summary>Withdraw (撤回).</summary>
    Withdraw = 9,

    /// <summary>Refer elsewhere (移交): court, judicial office, another department or 12345.</summary>
    Refer = 10,

    /// <summary>Merge into another record of the same dispute (合并重复).</summary>
    Merge = 11,
}
