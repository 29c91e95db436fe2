using System.Collections.Immutable;
using Fengqiao.Disputes.Mediation;

namespace Fengqiao.Disputes.Escalation;

/// <summary>One level of the configured ladder and who may mediate there.</summary>
/// <param name="Level">The level.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Mediators">The kinds of mediator allowed at this level.</param>
public sealed record EscalationStep(EscalationLevel Level, string NameZh, string NameEn, ImmutableArray<MediatorKind> Mediators);
