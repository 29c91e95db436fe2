using System.Globalization;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Geodesy;

/// <summary>
/// Deterministic made-up tilings of grids for tests, benchmarks and demos: a regular tiling of
/// squares, and an irregular one of 20-vertex cells with jittered corners and wavy shared edges.
/// Both are seamless: neighbours share their edge vertices exactly.
/// </summary>
internal static class SyntheticTilings
{
    /// <summary>The township all synthetic grids lie in (枫桥镇, Zhuji, Zhejiang).</summary>
    public const string Township = "330681108";

    /// <summary>Makes a regular tiling of columns × rows square grids.</summary>
    public static List<GridFeature> Regular(int columns, int rows, double west = 120.0, double south = 29.5, double cellDegrees = 0.005) =>
        Tiling(columns, rows, (i, j) => (west + (i * cellDegrees), south + (j * cellDegrees)), (_, _, _) => 0, subdivisions: 1);

    /// <summary>Makes an irregular tiling of columns × rows grids, each with 20 vertices.</summary>
    public static List<GridFeature> Irregular(int columns, int rows, int seed = 2024, double west = 120.0, double south = 29.5, double cellDegrees = 0.005)
    {
        (double, double) Corner(int i, int j)
        {
            var x = west + (i * cellDegrees);
            var y = south + (j * cellDegrees);
            return (x + (0.2 * cellDegrees * Noise(seed, i, j, 0)), y + (0.2 * cellDegrees * Noise(seed, i, j, 1)));
        }

        return Tiling(columns, rows, Corner, (edge, k, _) => 0.04 * cellDegrees * Noise(seed, edge, k, 2), subdivisions: 5);
    }

    /// <summary>Gets the code of the k-th synthetic grid: 100 grids per village.</summary>
    public static JurisdictionCode CodeOf(int k) =>
        JurisdictionCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{Township}{(k / 100) + 1:D3}{(k % 100) + 1:D3}"));

    private static List<GridFeature> Tiling(
        int columns,
        int rows,
        Func<int, int, (double X, double Y)> corner,
        Func<int, int, int, double> offset,
        int subdivisions)
    {
        // An edge's inner points are computed once, from its lower corner to its higher one, and
        // reversed by the neighbour, so shared edges match to the last bit.
        List<Coordinate> EdgePoints(int i0, int j0, int i1, int j1, int edgeId)
        {
            var (ax, ay) = corner(i0, j0);
            var (bx, by) = corner(i1, j1);
            var length = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
            var points = new List<Coordinate> { new(ax, ay) };
            for (var k = 1; k < subdivisions; k++)
            {
                var t = k / (double)subdivisions;
                var shift = offset(edgeId, k, 0);
                points.Add(new Coordinate(ax + (t * (bx - ax)) - (shift * (by - ay) / length), ay + (t * (by - ay)) + (shift * (bx - ax) / length)));
            }

            points.Add(new Coordinate(bx, by));
            return points;
        }

        int Horizontal(int i, int j) => (j * (columns + 1)) + i;
        int Vertical(int i, int j) => ((rows + 1) * (columns + 1)) + (j * (columns + 1)) + i;

        var grids = new List<GridFeature>(columns * rows);
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                var ring = new List<Coordinate>();
                ring.AddRange(EdgePoints(i, j, i + 1, j, Horizontal(i, j)).SkipLast(1));
                ring.AddRange(EdgePoints(i + 1, j, i + 1, j + 1, Vertical(i + 1, j)).SkipLast(1));
                ring.AddRange(Enumerable.Reverse(EdgePoints(i, j + 1, i + 1, j + 1, Horizontal(i, j + 1))).SkipLast(1));
                ring.AddRange(Enumerable.Reverse(EdgePoints(i, j, i, j + 1, Vertical(i, j))).SkipLast(1));
                ring.Add(ring[0].Copy());
                var k = (j * columns) + i;
                var polygon = GridGeometryRules.Factory.CreatePolygon([.. ring]);
                grids.Add(new GridFeature(CodeOf(k), string.Create(CultureInfo.InvariantCulture, $"网格{k + 1}"), polygon));
            }
        }

        return grids;
    }

    /// <summary>A reproducible value in [−1, 1) from a seed and three integers (SplitMix64 finaliser).</summary>
    private static double Noise(int seed, int a, int b, int c)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL;
            z ^= ((ulong)(uint)a << 32) | (uint)b;
            z += (ulong)c * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return ((z >> 11) * (1.0 / (1UL << 53)) * 2) - 1;
        }
    }
}
