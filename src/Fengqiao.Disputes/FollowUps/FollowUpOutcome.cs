namespace Fengqiao.Disputes.FollowUps;

/// <summary>What a follow-up visit found (回访结果).</summary>
public enum FollowUpOutcome
{
    /// <summary>The settlement holds (稳定).</summary>
    Holding = 0,

    /// <summary>The dispute flared up again (反弹): it is reopened and counts as a repeat.</summary>
    Relapsed = 1,
}
