using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.RelateNG;

namespace Fengqiao.Grids.Coverage;

/// <summary>
/// Coverage check (覆盖检查): do a village's or township's grids cover it without gaps or overlaps
/// ("无缝覆盖"), and are their sizes sensible ("规模适度")?
/// </summary>
/// <remarks>
/// <para>
/// Overlaps are found pairwise, but only between grids whose envelopes meet (an STR-tree query), and a
/// pair is intersected only when a prepared relate says their interiors meet, so a check costs
/// about O(n log n) overlay operations, not O(n²). Gaps are the parent boundary minus the union of
/// the grids; without a parent boundary, the parent is the union itself with its holes filled, so
/// gaps are the holes. Every area is in square metres on the WGS-84 ellipsoid (<see cref="GeodesicArea"/>).
/// </para>
/// <para>
/// Overlay operations use NetTopologySuite's OverlayNG with snap rounding to 1e-9 degrees (about
/// 0.1 mm), so shapes that differ only by floating-point noise count as the same.
/// </para>
/// </remarks>
public static class GridCoverage
{
    /// <summary>
    /// Overlays snap-round to a billionth of a degree (about 0.1 mm): differences below that are
    /// floating-point noise, not gaps or overlaps, and snap rounding never fails on awkward input.
    /// </summary>
    private static readonly PrecisionModel Precision = new(1e9);

    /// <summary>Checks the coverage of a set of grids.</summary>
    /// <param name="grids">The grids: unique codes, valid polygonal boundaries.</param>
    /// <param name="parent">The village or township boundary; when given, every grid code must lie under its code.</param>
    /// <param name="options">The options; <see cref="CoverageOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Errors.ValidationException">
    /// A boundary is empty, out of range or invalid (<see cref="GridErrorCodes.GeometryInvalid"/>…), a code repeats
    /// (<see cref="GridErrorCodes.GeometryDuplicateCode"/>), a grid lies under another division
    /// (<see cref="GridErrorCodes.CoverageGridNotInParent"/>), or an option is out of range.
    /// </exception>
    public static CoverageReport Check(IEnumerable<GridFeature> grids, GridFeature? parent = null, CoverageOptions? options = null)
    {
        Guard.Against.Null(grids);
        options ??= CoverageOptions.Default;
        options.Validate();
        var sorted = Validated(grids, parent);

        var findings = new List<CoverageFinding>();
        findings.AddRange(FindOverlaps(sorted));
        var union = Union(sorted, overlapsFound: findings.Count > 0);
        findings.AddRange(FindGaps(union, parent?.Boundary));
        if (parent is { } p)
        {
            findings.AddRange(FindOutside(sorted, p.Boundary));
        }

        var slivers = findings.Where(f => f.AreaSquareMetres < options.SliverAreaSquareMetres).ToList();
        var large = findings.Where(f => f.AreaSquareMetres >= options.SliverAreaSquareMetres).ToList();
        return new CoverageReport(
            parent?.Code,
            sorted.Count,
            Ordered(large, CoverageFindingKind.Gap),
            Ordered(large, CoverageFindingKind.Overlap),
            Ordered(large, CoverageFindingKind.OutsideParent),
            Ordered(slivers, null),
            GridSizeRules.Statistics(sorted, options));
    }

    private static List<GridFeature> Validated(IEnumerable<GridFeature> grids, GridFeature? parent)
    {
        if (parent is { } p && GridGeometryRules.Check(p.Boundary, "parent") is { } parentProblem)
        {
            throw parentProblem;
        }

        var seen = new HashSet<JurisdictionCode>();
        var list = new List<GridFeature>();
        var index = 0;
        foreach (var grid in grids)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"grids[{index}]");
            if (GridGeometryRules.Check(grid.Boundary, field) is { } problem)
            {
                throw problem;
            }

            if (!seen.Add(grid.Code))
            {
                throw GridGeometryMessages.Exception(GridErrorCodes.GeometryDuplicateCode, field, field, grid.Code);
            }

            if (parent is { } q && !q.Code.Contains(grid.Code))
            {
                throw GridGeometryMessages.Exception(GridErrorCodes.CoverageGridNotInParent, field, field, grid.Code, q.Code);
            }

            list.Add(grid);
            index++;
        }

        // Sorting first makes the union's input, and so every derived shape, independent of input order.
        list.Sort((a, b) => a.Code.CompareTo(b.Code));
        return list;
    }

    private static IEnumerable<CoverageFinding> FindOverlaps(List<GridFeature> grids)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < grids.Count; i++)
        {
            tree.Insert(grids[i].Boundary.EnvelopeInternal, i);
        }

        tree.Build();
        for (var i = 0; i < grids.Count; i++)
        {
            var a = grids[i].Boundary;
            RelateNG? prepared = null;
            var candidates = tree.Query(a.EnvelopeInternal);
            foreach (var j in candidates.Where(j => j > i).Order())
            {
                var b = grids[j].Boundary;

                // Neighbours always touch; only a pair whose interiors meet shares area.
                // (Predicates keep state while evaluating, so each pair needs a fresh one.)
                prepared ??= RelateNG.Prepare(a);
                if (!prepared.Evaluate(b, RelatePredicate.Matches(IntersectionMatrixPattern.InteriorIntersects)))
                {
                    continue;
                }

                var shared = Polygonal(OverlayNG.Overlay(a, b, SpatialFunction.Intersection, Precision));
                if (shared is not null)
                {
                    yield return Finding(CoverageFindingKind.Overlap, grids[i].Code, grids[j].Code, shared);
                }
            }
        }
    }

    private static IEnumerable<CoverageFinding> FindGaps(Geometry union, Geometry? parentBoundary)
    {
        var region = parentBoundary ?? FilledShells(union);
        var uncovered = Polygonal(OverlayNG.Overlay(region, union, SpatialFunction.Difference, Precision));
        if (uncovered is null)
        {
            yield break;
        }

        for (var i = 0; i < uncovered.NumGeometries; i++)
        {
            yield return Finding(CoverageFindingKind.Gap, null, null, uncovered.GetGeometryN(i));
        }
    }

    private static IEnumerable<CoverageFinding> FindOutside(List<GridFeature> grids, Geometry parentBoundary)
    {
        var prepared = PreparedGeometryFactory.Prepare(parentBoundary);
        foreach (var grid in grids)
        {
            if (prepared.Covers(grid.Boundary))
            {
                continue;
            }

            var outside = Polygonal(OverlayNG.Overlay(grid.Boundary, parentBoundary, SpatialFunction.Difference, Precision));
            if (outside is not null)
            {
                yield return Finding(CoverageFindingKind.OutsideParent, grid.Code, null, outside);
            }
        }
    }

    /// <summary>
    /// The union of the grids. A valid coverage (no overlaps, shared edges with identical vertices —
    /// what clean data looks like) is unioned by matching edges, many times faster than a general
    /// overlay union, which remains the fallback.
    /// </summary>
    private static Geometry Union(List<GridFeature> grids, bool overlapsFound)
    {
        var boundaries = grids.Select(g => g.Boundary).ToArray();
        if (boundaries.Length == 0)
        {
            return GridGeometryRules.Factory.CreatePolygon();
        }

        return !overlapsFound && CoverageValidator.IsValid(boundaries)
            ? NetTopologySuite.Coverage.CoverageUnion.Union(boundaries)
            : UnaryUnionNG.Union(boundaries, GridGeometryRules.Factory, Precision);
    }

    /// <summary>The union's polygons without their holes: the area the grids enclose.</summary>
    private static Geometry FilledShells(Geometry union)
    {
        var shells = new List<Geometry>(union.NumGeometries);
        for (var i = 0; i < union.NumGeometries; i++)
        {
            if (union.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
            {
                shells.Add(GridGeometryRules.Factory.CreatePolygon((LinearRing)polygon.ExteriorRing.Copy()));
            }
        }

        return UnaryUnionNG.Union(shells, GridGeometryRules.Factory, Precision);
    }

    /// <summary>The polygonal part of an overlay result (lines and points where shapes only touch are dropped), or null.</summary>
    private static Geometry? Polygonal(Geometry result)
    {
        var polygons = PolygonExtracter.GetPolygons(result);
        if (polygons.Count == 0)
        {
            return null;
        }

        var polygonal = polygons.Count == 1
            ? polygons[0]
            : GridGeometryRules.Factory.CreateMultiPolygon(polygons.Cast<Polygon>().ToArray());
        return polygonal.IsEmpty ? null : polygonal;
    }

    private static CoverageFinding Finding(CoverageFindingKind kind, JurisdictionCode? grid, JurisdictionCode? other, Geometry shape)
    {
        var normalized = shape.Normalized();
        return new CoverageFinding(kind, grid, other, normalized, GeodesicArea.SquareMetres(normalized));
    }

    private static List<CoverageFinding> Ordered(List<CoverageFinding> findings, CoverageFindingKind? kind) =>
        findings
            .Where(f => kind is null || f.Kind == kind)
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.Grid ?? default)
            .ThenBy(f => f.OtherGrid ?? default)
            .ThenBy(f => f.Geometry.EnvelopeInternal.MinX)
            .ThenBy(f => f.Geometry.EnvelopeInternal.MinY)
            .ThenBy(f => f.AreaSquareMetres)
            .ToList();
}
