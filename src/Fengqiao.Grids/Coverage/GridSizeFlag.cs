using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Coverage;

/// <summary>A grid whose size is far from the others' (规模异常).</summary>
/// <param name="Grid">The grid's code.</param>
/// <param name="Kind">Which measure is off, and which way.</param>
/// <param name="Value">The grid's value: square metres or households.</param>
/// <param name="Median">The median it was compared with.</param>
public sealed record GridSizeFlag(JurisdictionCode Grid, GridSizeFlagKind Kind, double Value, double Median);
