using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids;

/// <summary>A grid that a split, merge or renumbering creates.</summary>
/// <param name="Code">Its new 15-digit code.</param>
/// <param name="Attributes">Its name, boundary and other attributes.</param>
public sealed record GridPart(JurisdictionCode Code, GridAttributes Attributes);
