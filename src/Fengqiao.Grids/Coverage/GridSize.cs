using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Coverage;

/// <summary>One grid's size (网格规模): its area and, when known, its expected households.</summary>
/// <param name="Grid">The grid's code.</param>
/// <param name="AreaSquareMetres">The area in square metres.</param>
/// <param name="ExpectedHouseholds">The expected number of households, when the feature gives one.</param>
public sealed record GridSize(JurisdictionCode Grid, double AreaSquareMetres, int? ExpectedHouseholds);
