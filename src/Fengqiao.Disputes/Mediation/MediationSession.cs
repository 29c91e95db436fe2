using Fengqiao.Disputes.Escalation;
using NodaTime;

namespace Fengqiao.Disputes.Mediation;

/// <summary>One mediation session (调解记录).</summary>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Venue">Where, such as "顿珠"调解室 or a 调解亭.</param>
/// <param name="Mediators">Who mediated.</param>
/// <param name="PartiesPresent">The numbers of the parties present.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Joint">The joint mediation (大调解), when several units took part under a lead unit.</param>
/// <param name="Level">The ladder level it was held at (set when recorded).</param>
public sealed record MediationSession(
    LocalDate HeldOn,
    string Venue,
    IReadOnlyList<Mediator> Mediators,
    IReadOnlyList<int> PartiesPresent,
    MediationOutcome Outcome,
    JointMediation? Joint = null,
    EscalationLevel Level = EscalationLevel.Village);
