using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// The edges of every grid, packed into one array and sorted into horizontal bands per grid, for a
/// crossing-number point-in-polygon test that reads only the edges of the point's band.
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

    // x1, y1, x2, y2 per stored edge, grouped by band.
    private readonly double[] _edges;

    // For band b (global index), its edges are _edges[4·_bandStart[b] .. 4·_bandStart[b+1]).
    private readonly int[] _bandStart;
    private readonly Header[] _headers;

    private PolygonEdgeBands(double[] edges, int[] bandStart, Header[] headers)
    {
        _edges = edges;
        _bandStart = bandStart;
        _headers = headers;
    }

    /// <summary>Gets the number of grids.</summary>
    public int Count => _headers.Length;

    /// <summary>Builds the bands of every boundary; grid i is boundaries[i].</summary>
    public static PolygonEdgeBands Build(IReadOnlyList<Geometry> boundaries)
    {
        var headers = new Header[boundaries.Count];
        var bandStart = new List<int> { 0 };
        var edges = new List<double>();
        var own = new List<(double X1, double Y1, double X2, double Y2)>();
        for (var g = 0; g < boundaries.Count; g++)
        {
            own.Clear();
            CollectEdges(boundaries[g], own);
            var envelope = boundaries[g].EnvelopeInternal;
            var bandCount = BandCountFor(own.Count);
            var height = envelope.Height > 0 ? envelope.Height / bandCount : 1;
            headers[g] = new Header(envelope.MinY, envelope.MaxY, 1 / height, bandStart.Count - 1, bandCount);
            for (var band = 0; band < bandCount; band++)
            {
                var low = envelope.MinY + ((band - Margin) * height);
                var high = envelope.MinY + ((band + 1 + Margin) * height);
                foreach (var (x1, y1, x2, y2) in own)
                {
                    if (y2 >= low && y1 <= high)
                    {
                        edges.Add(x1);
                        edges.Add(y1);
                        edges.Add(x2);
                        edges.Add(y2);
                    }
                }

                bandStart.Add(edges.Count / 4);
            }
        }

        return new PolygonEdgeBands([.. edges], [.. bandStart], headers);
    }

    /// <summary>Gets whether grid <paramref name="grid"/> contains the point under the half-open rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int grid, double x, double y)
    {
        ref readonly var header = ref _headers[grid];
        if (!(y >= header.MinY && y < header.MaxY))
        {
            return false; // also refuses NaN
        }

        var band = (int)((y - header.MinY) * header.InverseBandHeight);
        if (band >= header.BandCount)
        {
            band = header.BandCount - 1;
        }

        band += header.FirstBand;
        var edges = _edges;
        var inside = false;
        for (int i = _bandStart[band] * 4, end = _bandStart[band + 1] * 4; i < end; i += 4)
        {
            var y1 = edges[i + 1];
            var y2 = edges[i + 3];
            if (y1 <= y && y < y2 && ExactOrientation.Sign(edges[i], y1, edges[i + 2], y2, x, y) > 0)
            {
                inside = !inside;
            }
        }

        return inside;
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

    private static void CollectEdges(Geometry boundary, List<(double, double, double, double)> edges) =>
        ForEachEdge(boundary, (ax, ay, bx, by) =>
        {
            // The same canonical form for both grids sharing an edge keeps their tests identical.
            if (ay < by)
            {
                edges.Add((ax, ay, bx, by));
            }
            else if (by < ay)
            {
                edges.Add((bx, by, ax, ay));
            }
        });

    // About four edges per band: a 20-vertex grid gets five bands, a square one.
    private static int BandCountFor(int edgeCount) => Math.Clamp(edgeCount / 4, 1, 1024);

    private readonly record struct Header(double MinY, double MaxY, double InverseBandHeight, int FirstBand, int BandCount);
}
