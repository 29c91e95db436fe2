namespace Fengqiao.Disputes.Configuration;

/// <summary>A dispute category (纠纷类别) from the category catalogue, with its time limits in working days.</summary>
/// <param name="Code">The stable code stored with each dispute, such as <c>boundary</c>.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="LowRiskLimit">The time limit at low risk, in working days.</param>
/// <param name="MediumRiskLimit">The time limit at medium risk, in working days.</param>
/// <param name="HighRiskLimit">The time limit at high risk, in working days.</param>
public sealed record DisputeCategory(string Code, string NameZh, string NameEn, int LowRiskLimit, int MediumRiskLimit, int HighRiskLimit)
{
    /// <summary>Gets the time limit for a risk level, in working days.</summary>
    /// <param name="risk">The risk level.</param>
    /// <returns>The limit.</returns>
    public int LimitFor(RiskLevel risk) => risk switch
    {
        RiskLevel.High => HighRiskLimit,
        RiskLevel.Medium => MediumRiskLimit,
        _ => LowRiskLimit,
    };
}
