using Fengqiao.Disputes.Parties;

namespace Fengqiao.Disputes;

/// <summary>
/// What a dispute is about (纠纷内容): category, risk, description, parties and evidence. It may be
/// amended while the dispute is open; once closed, a change is a new <see cref="DisputeRevision"/>.
/// </summary>
/// <param name="Category">The category code from the category catalogue.</param>
/// <param name="Risk">The risk level.</param>
/// <param name="Description">What happened, in the recorder's words.</param>
/// <param name="Parties">The parties, numbered from 1.</param>
/// <param name="Evidence">References to evidence.</param>
public sealed record DisputeRecord(
    string Category,
    RiskLevel Risk,
    string Description,
    IReadOnlyList<DisputeParty> Parties,
    IReadOnlyList<EvidenceReference> Evidence)
{
    /// <summary>Describes the content without the description or the parties' details (they may hold personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Category} {Risk}, {Parties?.Count ?? 0} parties";
}
