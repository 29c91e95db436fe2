namespace Fengqiao.Disputes.Mediation;

/// <summary>A joint mediation (大调解/联调): a lead unit and the units taking part.</summary>
/// <param name="LeadUnit">The lead unit, such as the township mediation centre (镇调解中心).</param>
/// <param name="ParticipatingUnits">The other units, such as the police station, the judicial office and village cadres.</param>
public sealed record JointMediation(string LeadUnit, IReadOnlyList<string> ParticipatingUnits);
