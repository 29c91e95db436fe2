using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Beats;

/// <summary>What a police beat covers on a date, resolved to grids and villages (警格 → 网格、村).</summary>
/// <param name="Beat">The beat's id.</param>
/// <param name="Code">The beat's code.</param>
/// <param name="Name">The beat's name.</param>
/// <param name="Officer">The responsible community officer on the date, if any.</param>
/// <param name="Villages">The villages covered whole or through at least one of their grids.</param>
/// <param name="Grids">The grids covered directly or as part of a covered village.</param>
public sealed record BeatAreas(
    PoliceBeatId Beat,
    string Code,
    string Name,
    StaffMemberId? Officer,
    IReadOnlyList<JurisdictionCode> Villages,
    IReadOnlyList<JurisdictionCode> Grids);
