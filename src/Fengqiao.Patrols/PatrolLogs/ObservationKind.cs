namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>What a patrol noted along the way (巡逻发现).</summary>
public enum ObservationKind
{
    /// <summary>A safety hazard (安全隐患).</summary>
    Hazard = 1,

    /// <summary>Help given to someone (救助、帮扶), such as taking a drunk man home.</summary>
    HelpGiven = 2,

    /// <summary>A suspicious situation (可疑情况).</summary>
    SuspiciousSituation = 3,

    /// <summary>Publicity done (宣传), such as anti-fraud leaflets handed out.</summary>
    PublicityDone = 4,
}
