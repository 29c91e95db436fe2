using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>A division that a split, merge or recode creates.</summary>
/// <param name="Code">Its new code (never a reused one).</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="EnglishName">Its English or pinyin name, if known.</param>
public sealed record JurisdictionPart(JurisdictionCode Code, string Name, DivisionKind Kind, string? EnglishName = null);
