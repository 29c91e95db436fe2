namespace Fengqiao.Disputes;

/// <summary>The risk a dispute escalates into a public-order or criminal case (风险等级).</summary>
public enum RiskLevel
{
    /// <summary>Low (低).</summary>
    Low = 0,

    /// <summary>Medium (中).</summary>
    Medium = 1,

    /// <summary>High (高).</summary>
    High = 2,
}
