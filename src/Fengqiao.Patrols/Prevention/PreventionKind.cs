namespace Fengqiao.Patrols.Prevention;

/// <summary>The kind of a prevention activity (防范宣传类型).</summary>
public enum PreventionKind
{
    /// <summary>A publicity event on site (宣传活动), with attendees and a place.</summary>
    PublicityEvent = 1,

    /// <summary>An alert published online (网上预警提示).</summary>
    OnlineAlert = 2,

    /// <summary>An online consultation answered (网上咨询答复).</summary>
    OnlineConsultation = 3,
}
