using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// Point locator (定位): which grid holds a longitude/latitude — for a whole county (about 10,000
/// grids) in memory, in tens of nanoseconds per point.
/// </summary>
/// <remarks>
/// <para>
/// Built once from the grids valid on a date, then immutable and safe to share between threads.
/// The index is a uniform grid of cells over the grids' extent; most cells hold no boundary and
/// answer at once, the others test a few grids with a banded crossing-number test and exact
/// orientation predicates.
/// </para>
/// <para>
/// Edge rule (half-open): a point on a boundary belongs to the grid immediately east of it; on a
/// boundary running exactly east–west, to the grid immediately north. So a point on an edge or
/// vertex shared by grids belongs to exactly one of them, and a point on the east or north side of
/// the outer boundary belongs to none. A point in a hole is not in the grid; multipolygon parts
/// all count. Where grids overlap (an invalid coverage), the lowest code wins.
/// </para>
/// <para>
/// Boundaries must be valid polygons (as <see cref="GridGeoJson"/> and <see cref="Coverage.GridCoverage"/>
/// ensure); the builder checks codes and coordinate ranges but not full OGC validity.
/// </para>
/// </remarks>
public sealed class GridLocator
{
    // About four cells per boundary vertex: most cells then hold no edge (measured on regular
    // and irregular tilings; see docs/grid-geometry.md).
    private const double CellsPerEdge = 4;

    private readonly JurisdictionCode[] _codes;
    private readonly UniformCellIndex _index;

    private GridLocator(JurisdictionCode[] codes, UniformCellIndex index)
    {
        _codes = codes;
        _index = index;
    }

    /// <summary>Gets the number of grids indexed.</summary>
    public int Count => _codes.Length;

    /// <summary>Builds a locator over a set of grids.</summary>
    /// <param name="grids">The grids; codes must be unique.</param>
    /// <returns>The locator.</returns>
    /// <exception cref="Errors.ValidationException">
    /// A code repeats (<see cref="GridErrorCodes.GeometryDuplicateCode"/>), or a boundary is empty or
    /// has a position outside WGS-84 ranges.
    /// </exception>
    public static GridLocator Build(IEnumerable<GridFeature> grids) => Build(grids, CellsPerEdge);

    /// <summary>Builds a locator with a chosen index density, for tuning.</summary>
    internal static GridLocator Build(IEnumerable<GridFeature> grids, double cellsPerEdge)
    {
        Guard.Against.Null(grids);
        var list = new List<GridFeature>();
        var seen = new HashSet<JurisdictionCode>();
        foreach (var grid in grids)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"grids[{list.Count}]");
            if (GridGeometryRules.Check(grid.Boundary, field, checkValidity: false) is { } problem)
            {
                throw problem;
            }

            if (!seen.Add(grid.Code))
            {
                throw GridGeometryMessages.Exception(GridErrorCodes.GeometryDuplicateCode, field, field, grid.Code);
            }

            list.Add(grid);
        }

        // Index order is code order, so "the lowest index wins" is "the lowest code wins".
        list.Sort((a, b) => a.Code.CompareTo(b.Code));
        var index = UniformCellIndex.Build(list.Select(g => g.Boundary).ToList(), cellsPerEdge);
        return new GridLocator(list.Select(g => g.Code).ToArray(), index);
    }

    /// <summary>Finds the grid holding a point.</summary>
    /// <param name="longitude">The longitude in WGS-84 degrees.</param>
    /// <param name="latitude">The latitude in WGS-84 degrees.</param>
    /// <returns>The grid's code, or <see langword="null"/> when no grid holds the point (or it is NaN).</returns>
    public JurisdictionCode? Locate(double longitude, double latitude)
    {
        var grid = _index.Locate(longitude, latitude);
        return grid < 0 ? null : _codes[grid];
    }

    /// <summary>Finds the grid holding a point, without a nullable result.</summary>
    /// <param name="longitude">The longitude in WGS-84 degrees.</param>
    /// <param name="latitude">The latitude in WGS-84 degrees.</param>
    /// <param name="grid">The grid's code, or default when none holds the point.</param>
    /// <returns><see langword="true"/> when a grid holds the point.</returns>
    public bool TryLocate(double longitude, double latitude, out JurisdictionCode grid)
    {
        var index = _index.Locate(longitude, latitude);
        grid = index < 0 ? default : _codes[index];
        return index >= 0;
    }

    /// <summary>Gets the cell index, for tests and benchmarks.</summary>
    internal UniformCellIndex Index => _index;
}
