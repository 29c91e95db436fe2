using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// The edges of every grid, in one array grouped by grid, with a per-grid index of horizontal bands
/// for a crossing-number point-in-polygon test and for finding the edges near a cell.
/// </summary>
/// <remarks>
/// <para>
/// Edges are stored lower end first (y1 &lt; y2); horizontal edges are dropped because the rule below
/// never counts them. A point (x, y) is inside when an odd number of edges satisfy
/// y1 ≤ y &lt; y2 and lie strictly right of the point (exact orientation test). This half-open rule
/// behaves as if the point were nudged infinitesimally east, then (infinitely less) north, so a point
/// on an edge or vertex shared by two grids is inside exactly one of them: the grid east of it, or
/// north of it on an east–west edge. Holes and multipolygon parts need no special case: all rings of
/// a grid count together.
/// </para>
/// <para>
/// A grid's band k covers y in [minY + k·h, minY + (k+1)·h) and lists every edge whose span meets the
/// band widened by a millionth of h, so rounding in the band index never hides an edge.
/// </para>
/// </remarks>
internal sealed class PolygonEdgeBands
{
    private const double Margin = 1e-6;

    private readonly int[] _bandStart;
    private readonly int[] _bandEdges;
    private readonly Header[] _headers;

    private PolygonEdgeBands(double[] edges, int[] bandStart, int[] bandEdges, Header[] headers)
    {
        Edges = edges;
        _bandStart = bandStart;
        _bandEdges = bandEdges;
        _headers = headers;
    }

    /// <summary>Gets the edges: x1, y1, x2, y2 for edge i at [4i, 4i+4), grouped by grid.</summary>
    public double[] Edges { get; }

    /// <summary>Gets the number of edges.</summary>
    public int EdgeCount => Edges.Length / 4;

    /// <summary>Builds the edges and bands of every boundary; grid i is boundaries[i].</summary>
    public static PolygonEdgeBands Build(IReadOnlyList<Geometry> boundaries)
    {
        var headers = new Header[boundaries.Count];
        var edges = new List<double>();
        var bandStart = new List<int> { 0 };
        var bandEdges = new List<int>();
        for (var g = 0; g < boundaries.Count; g++)
        {
            var first = edges.Count / 4;
            CollectEdges(boundaries[g], edges);
            var count = (edges.Count / 4) - first;
            var envelope = boundaries[g].EnvelopeInternal;
            var bandCount = Math.Clamp(count / 4, 1, 1024); // about four edges per band
            var height = envelope.Height > 0 ? envelope.Height / bandCount : 1;
            headers[g] = new Header(envelope.MinY, envelope.MaxY, 1 / height, bandStart.Count - 1, bandCount);
            for (var band = 0; band < bandCount; band++)
            {
                var low = envelope.MinY + ((band - Margin) * height);
                var high = envelope.MinY + ((band + 1 + Margin) * height);
                for (var e = first; e < first + count; e++)
                {
                    if (edges[(4 * e) + 3] >= low && edges[(4 * e) + 1] <= high)
                    {
                        bandEdges.Add(e);
                    }
                }

                bandStart.Add(bandEdges.Count);
            }
        }

        return new PolygonEdgeBands([.. edges], [.. bandStart], [.. bandEdges], headers);
    }

    /// <summary>Gets whether grid <paramref name="grid"/> contains the point under the half-open rule.</summary>
    public bool Contains(int grid, double x, double y)
    {
        ref readonly var header = ref _headers[grid];
        if (!(y >= header.MinY && y < header.MaxY))
        {
            return false; // also refuses NaN
        }

        var band = header.FirstBand + Math.Min((int)((y - header.MinY) * header.InverseBandHeight), header.BandCount - 1);
        var inside = false;
        for (var i = _bandStart[band]; i < _bandStart[band + 1]; i++)
        {
            if (Crosses(Edges, _bandEdges[i], x, y))
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>Gets whether edge <paramref name="edge"/> counts for the point: y1 ≤ y &lt; y2 and the edge lies strictly right of it.</summary>
    public static bool Crosses(double[] edges, int edge, double x, double y)
    {
        var i = edge * 4;
        var (y1, y2) = (edges[i + 1], edges[i + 3]);
        return y1 <= y && y < y2 && ExactOrientation.Sign(edges[i], y1, edges[i + 2], y2, x, y) > 0;
    }

    /// <summary>Adds to <paramref name="found"/> each edge of a grid whose y-span meets [low, high], once.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="low">The lower bound of the y range.</param>
    /// <param name="high">The upper bound of the y range.</param>
    /// <param name="found">Where to add the edge indices.</param>
    /// <param name="seen">A per-edge scratch array; an edge is skipped when it holds <paramref name="visit"/>.</param>
    /// <param name="visit">A value not used in <paramref name="seen"/> by earlier calls.</param>
    public void EdgesInRange(int grid, double low, double high, List<int> found, int[] seen, int visit)
    {
        ref readonly var header = ref _headers[grid];
        if (high < header.MinY || low > header.MaxY)
        {
            return;
        }

        var b0 = Math.Clamp((int)Math.Floor((low - header.MinY) * header.InverseBandHeight), 0, header.BandCount - 1);
        var b1 = Math.Clamp((int)Math.Floor((high - header.MinY) * header.InverseBandHeight), 0, header.BandCount - 1);
        for (var band = header.FirstBand + b0; band <= header.FirstBand + b1; band++)
        {
            for (var i = _bandStart[band]; i < _bandStart[band + 1]; i++)
            {
                var edge = _bandEdges[i];
                if (seen[edge] != visit && Edges[(4 * edge) + 3] >= low && Edges[(4 * edge) + 1] <= high)
                {
                    seen[edge] = visit;
                    found.Add(edge);
                }
            }
        }
    }

    /// <summary>Visits every edge of a grid, horizontal ones included (they matter for which cells a boundary touches).</summary>
    public static void ForEachEdge(Geometry boundary, Action<double, double, double, double> visit)
    {
        for (var p = 0; p < boundary.NumGeometries; p++)
        {
            var polygon = (Polygon)boundary.GetGeometryN(p);
            if (polygon.IsEmpty)
            {
                continue;
            }

            VisitRing(polygon.ExteriorRing.CoordinateSequence, visit);
            foreach (var hole in polygon.InteriorRings)
            {
                VisitRing(hole.CoordinateSequence, visit);
            }
        }
    }

    private static void VisitRing(CoordinateSequence ring, Action<double, double, double, double> visit)
    {
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            visit(ring.GetX(i), ring.GetY(i), ring.GetX(i + 1), ring.GetY(i + 1));
        }
    }

    private static void CollectEdges(Geometry boundary, List<double> edges) =>
        ForEachEdge(boundary, (ax, ay, bx, by) =>
        {
            // The same canonical form for both grids sharing an edge keeps their tests identical.
            if (ay == by)
            {
                return;
            }

            var lowerFirst = ay < by;
            edges.Add(lowerFirst ? ax : bx);
            edges.Add(lowerFirst ? ay : by);
            edges.Add(lowerFirst ? bx : ax);
            edges.Add(lowerFirst ? by : ay);
        });

    private readonly record struct Header(double MinY, double MaxY, double InverseBandHeight, int FirstBand, int BandCount);
}
