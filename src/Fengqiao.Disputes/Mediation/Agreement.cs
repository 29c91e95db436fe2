namespace Fengqiao.Disputes.Mediation;

/// <summary>A mediation agreement (调解协议): the terms, who signed and when.</summary>
/// <param name="SignedOn">The day it was signed.</param>
/// <param name="Terms">The terms, such as a support plan and a property split.</param>
/// <param name="Signatories">The numbers of the parties who signed.</param>
public sealed record Agreement(NodaTime.LocalDate SignedOn, IReadOnlyList<string> Terms, IReadOnlyList<int> Signatories)
{
    /// <summary>Describes the agreement without its terms (which may name people).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Agreement of {SignedOn:yyyy-MM-dd}, {Terms?.Count ?? 0} terms, {Signatories?.Count ?? 0} signatories";
}
