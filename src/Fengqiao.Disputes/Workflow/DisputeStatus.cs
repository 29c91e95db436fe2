namespace Fengqiao.Disputes.Workflow;

/// <summary>The status of a dispute in its workflow (纠纷办理状态).</summary>
public enum DisputeStatus
{
    /// <summary>Reported (登记): found by screening, a visit, a call or a walk-in.</summary>
    Reported = 0,

    /// <summary>Accepted (受理) by the station, village or mediation body.</summary>
    Accepted = 1,

    /// <summary>First response (先期处置): a liaison, grid worker or officer is on the spot.</summary>
    FirstResponse = 2,

    /// <summary>In mediation (调解中) at the current level of the ladder.</summary>
    InMediation = 3,

    /// <summary>Settled (化解): the parties agreed; follow-up visits are due.</summary>
    Settled = 4,

    /// <summary>Mediation failed (调解不成) at the current level; the next step is another attempt, escalation or referral.</summary>
    Failed = 5,

    /// <summary>Escalated (上交) to a higher level of the ladder, awaiting mediation there.</summary>
    Escalated = 6,

    /// <summary>Follow-up (回访): at least one visit after settlement found the settlement holding.</summary>
    FollowUp = 7,

    /// <summary>Closed (结案): the record is immutable.</summary>
    Closed = 8,

    /// <summary>Withdrawn (撤回) by the parties.</summary>
    Withdrawn = 9,

    /// <summary>Referred (移交) to a court, the judicial office, another department or the 12345 hotline.</summary>
    Referred = 10,

    /// <summary>Merged (合并) into another record of the same dispute.</summary>
    Merged = 11,
}
