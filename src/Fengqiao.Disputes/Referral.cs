namespace Fengqiao.Disputes;

/// <summary>A referral (移交): where to and the receiving unit's reference.</summary>
/// <param name="Target">Where the dispute went.</param>
/// <param name="ReceivingUnit">The receiving unit or its case reference, if known.</param>
public sealed record Referral(ReferralTarget Target, string? ReceivingUnit);
