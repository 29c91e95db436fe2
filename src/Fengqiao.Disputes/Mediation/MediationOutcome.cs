namespace Fengqiao.Disputes.Mediation;

/// <summary>How a mediation session ended (调解结果).</summary>
public enum MediationOutcome
{
    /// <summary>The parties agreed (达成一致).</summary>
    Agreed = 0,

    /// <summary>The parties agreed on part of the issues (部分达成).</summary>
    PartlyAgreed = 1,

    /// <summary>No agreement (未达成).</summary>
    NoAgreement = 2,

    /// <summary>Adjourned to another session (择期再调).</summary>
    Adjourned = 3,
}
