using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Coverage;

/// <summary>
/// One place where grids fail "无缝覆盖" (seamless coverage): a gap, an overlap, or a grid reaching
/// outside its parent, with its shape and its area on the WGS-84 ellipsoid.
/// </summary>
/// <param name="Kind">What the finding is.</param>
/// <param name="Grid">The grid concerned: the first (lower) code of an overlap, the grid of an outside part, <see langword="null"/> for a gap.</param>
/// <param name="OtherGrid">The second (higher) code of an overlap; otherwise <see langword="null"/>.</param>
/// <param name="Geometry">The area found, normalized, in lon/lat degrees.</param>
/// <param name="AreaSquareMetres">The area in square metres (see <see cref="Geodesy.GeodesicArea"/>).</param>
public sealed record CoverageFinding(
    CoverageFindingKind Kind,
    JurisdictionCode? Grid,
    JurisdictionCode? OtherGrid,
    Geometry Geometry,
    double AreaSquareMetres)
{
    /// <summary>Gets the geometry as well-known text (WKT), longitude first.</summary>
    public string Wkt => Geometry.AsText();
}
