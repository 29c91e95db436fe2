using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>The history of a division or grid code (沿革): every version, and what it came from and turned into.</summary>
/// <param name="Code">The code.</param>
/// <param name="Versions">The versions, oldest first, each as a node with its validity period.</param>
/// <param name="Predecessors">What it was formed from.</param>
/// <param name="Successors">What it turned into.</param>
public sealed record JurisdictionHistory(
    JurisdictionCode Code,
    IReadOnlyList<JurisdictionNode> Versions,
    IReadOnlyList<LineageLink> Predecessors,
    IReadOnlyList<LineageLink> Successors);
