namespace Fengqiao.Disputes.Escalation;

/// <summary>A level of the escalation ladder (调处层级): "小事不出村、大事不出乡镇".</summary>
public enum EscalationLevel
{
    /// <summary>The grid or village/community (网格/村).</summary>
    Village = 0,

    /// <summary>The township: mediation centre and judicial office (乡镇).</summary>
    Township = 1,

    /// <summary>The county (县).</summary>
    County = 2,
}
