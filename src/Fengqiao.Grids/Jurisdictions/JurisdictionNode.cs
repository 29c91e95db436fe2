using System.Text.Json.Serialization;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// A node of the jurisdiction tree as of one date (某日的区划树节点): a division or a grid with the
/// name and kind it had that day. Produced by as-of queries; never stored.
/// </summary>
/// <param name="Code">The node's code.</param>
/// <param name="Kind">Its kind on that date.</param>
/// <param name="Name">Its Chinese name on that date.</param>
/// <param name="EnglishName">Its English or pinyin name on that date, if known.</param>
/// <param name="Validity">The period of the version that applied on that date.</param>
public sealed record JurisdictionNode(JurisdictionCode Code, DivisionKind Kind, string Name, string? EnglishName, ValidityPeriod Validity)
{
    /// <summary>Gets the node's level.</summary>
    [JsonIgnore]
    public JurisdictionLevel Level => Code.Level;

    /// <summary>Gets the parent node's code, or <see langword="null"/> for a province.</summary>
    [JsonIgnore]
    public JurisdictionCode? Parent => Code.Parent;
}
