namespace Fengqiao.Disputes.Mediation;

/// <summary>A mediator in a session (调解员).</summary>
/// <param name="Kind">The kind of mediator.</param>
/// <param name="Reference">A staff id or account id of the mediator; not a party's personal data.</param>
public sealed record Mediator(MediatorKind Kind, string Reference);
