using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// A uniform grid of cells over all grids' extent. Each cell either knows its answer outright (no
/// boundary passes through it, so one grid — or none — holds the whole cell) or lists the few grids
/// to test, lowest code first, each marked "test the point" or "holds the whole cell".
/// </summary>
/// <remarks>
/// Cells are closed rectangles widened by a millionth of a cell, and everything recorded for a cell
/// holds for that widened rectangle, so a point whose computed cell index is off by rounding still
/// gets a correct answer.
/// </remarks>
internal sealed class UniformCellIndex
{
    private const double Margin = 1e-6;
    private const int Unresolved = -2;
    private const int None = -1;
    private const int MaxCells = 1 << 22;

    private readonly double _minX;
    private readonly double _minY;
    private readonly double _inverseCellWidth;
    private readonly double _inverseCellHeight;
    private readonly int _columns;
    private readonly int _rows;

    // Per cell: a grid index, None, or Unresolved (then see _candidateStart).
    private readonly int[] _answers;
    private readonly int[] _candidateStart;

    // A grid index to test, or ~index for a grid that holds the whole cell.
    private readonly int[] _candidates;
    private readonly PolygonEdgeBands _bands;

    private UniformCellIndex(Layout layout, int[] answers, int[] candidateStart, int[] candidates, PolygonEdgeBands bands)
    {
        _minX = layout.MinX;
        _minY = layout.MinY;
        _inverseCellWidth = 1 / layout.CellWidth;
        _inverseCellHeight = 1 / layout.CellHeight;
        _columns = layout.Columns;
        _rows = layout.Rows;
        _answers = answers;
        _candidateStart = candidateStart;
        _candidates = candidates;
        _bands = bands;
    }

    /// <summary>Gets the number of cells (for diagnostics and tests).</summary>
    public int CellCount => _answers.Length;

    /// <summary>Gets the share of cells answered without a point-in-polygon test.</summary>
    public double ResolvedShare => _answers.Length == 0 ? 0 : _answers.Count(a => a != Unresolved) / (double)_answers.Length;

    /// <summary>Builds the index over boundaries already sorted by code; grid i is boundaries[i].</summary>
    /// <param name="boundaries">The boundaries.</param>
    /// <param name="cellsPerEdge">How many cells to allot per boundary edge.</param>
    public static UniformCellIndex Build(IReadOnlyList<Geometry> boundaries, double cellsPerEdge)
    {
        var bands = PolygonEdgeBands.Build(boundaries);
        var layout = Layout.For(boundaries, cellsPerEdge);
        var cellCount = layout.Columns * layout.Rows;

        // Which grids' envelopes meet each cell (grids visited in order, so lists come out sorted),
        // and which grids have an edge in it.
        var byCell = new List<int>?[cellCount];
        var edgeCells = new HashSet<long>();
        for (var g = 0; g < boundaries.Count; g++)
        {
            var envelope = boundaries[g].EnvelopeInternal;
            layout.CellRange(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, out var c0, out var r0, out var c1, out var r1);
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    (byCell[(r * layout.Columns) + c] ??= []).Add(g);
                }
            }

            var grid = g;
            PolygonEdgeBands.ForEachEdge(boundaries[g], (ax, ay, bx, by) =>
            {
                layout.CellRange(Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by), out var e0, out var s0, out var e1, out var s1);
                for (var r = s0; r <= s1; r++)
                {
                    for (var c = e0; c <= e1; c++)
                    {
                        edgeCells.Add((((long)r * layout.Columns) + c) * boundaries.Count + grid);
                    }
                }
            });
        }

        var answers = new int[cellCount];
        var candidateStart = new int[cellCount + 1];
        var candidates = new List<int>();
        var refined = new List<int>();
        for (var cell = 0; cell < cellCount; cell++)
        {
            refined.Clear();
            var (centerX, centerY) = layout.Center(cell);
            foreach (var g in byCell[cell] ?? [])
            {
                if (edgeCells.Contains(((long)cell * boundaries.Count) + g))
                {
                    refined.Add(g);
                }
                else if (bands.Contains(g, centerX, centerY))
                {
                    // No edge of g meets the cell and g holds its centre: g holds all of it, and
                    // grids after it (higher codes) can never win here.
                    refined.Add(~g);
                    break;
                }
            }

            answers[cell] = refined.Count == 0 ? None : refined[0] < 0 ? ~refined[0] : Unresolved;
            if (answers[cell] == Unresolved)
            {
                candidates.AddRange(refined);
            }

            candidateStart[cell + 1] = candidates.Count;
        }

        return new UniformCellIndex(layout, answers, candidateStart, [.. candidates], bands);
    }

    /// <summary>Finds the grid holding a point: the lowest-indexed grid containing it under the half-open rule, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Locate(double x, double y)
    {
        var column = (x - _minX) * _inverseCellWidth;
        var row = (y - _minY) * _inverseCellHeight;
        if (!(column >= 0 && row >= 0 && column < _columns && row < _rows))
        {
            return None; // outside the padded extent, or NaN
        }

        var cell = ((int)row * _columns) + (int)column;
        var answer = _answers[cell];
        return answer != Unresolved ? answer : Test(cell, x, y);
    }

    private int Test(int cell, double x, double y)
    {
        for (int i = _candidateStart[cell], end = _candidateStart[cell + 1]; i < end; i++)
        {
            var candidate = _candidates[i];
            if (candidate < 0)
            {
                return ~candidate;
            }

            if (_bands.Contains(candidate, x, y))
            {
                return candidate;
            }
        }

        return None;
    }

    /// <summary>The cell layout: a padded extent cut into columns × rows.</summary>
    private readonly record struct Layout(double MinX, double MinY, double CellWidth, double CellHeight, int Columns, int Rows)
    {
        public static Layout For(IReadOnlyList<Geometry> boundaries, double cellsPerEdge)
        {
            var extent = new Envelope();
            var edgeCount = 0;
            foreach (var boundary in boundaries)
            {
                extent.ExpandToInclude(boundary.EnvelopeInternal);
                edgeCount += boundary.NumPoints;
            }

            if (extent.IsNull)
            {
                return new Layout(0, 0, 1, 1, 1, 1);
            }

            // Pad by 1% so that points on the extent's edge fall inside the index, and so that a
            // regular tiling's lines do not coincide with cell lines.
            var width = Math.Max(extent.Width, 1e-9) * 1.02;
            var height = Math.Max(extent.Height, 1e-9) * 1.02;
            var target = Math.Clamp(edgeCount * cellsPerEdge, 1, MaxCells);
            var columns = (int)Math.Clamp(Math.Round(Math.Sqrt(target * width / height)), 1, MaxCells);
            var rows = (int)Math.Clamp(Math.Round(target / columns), 1, MaxCells / columns);
            return new Layout(
                extent.MinX - (width * 0.01 / 1.02),
                extent.MinY - (height * 0.01 / 1.02),
                width / columns,
                height / rows,
                columns,
                rows);
        }

        /// <summary>The cells whose widened rectangles meet a box, clamped to the layout.</summary>
        public void CellRange(double minX, double minY, double maxX, double maxY, out int c0, out int r0, out int c1, out int r1)
        {
            c0 = Clamp(((minX - MinX) / CellWidth) - Margin, Columns);
            c1 = Clamp(((maxX - MinX) / CellWidth) + Margin, Columns);
            r0 = Clamp(((minY - MinY) / CellHeight) - Margin, Rows);
            r1 = Clamp(((maxY - MinY) / CellHeight) + Margin, Rows);
        }

        public (double X, double Y) Center(int cell) =>
            (MinX + (((cell % Columns) + 0.5) * CellWidth), MinY + (((cell / Columns) + 0.5) * CellHeight));

        private static int Clamp(double position, int count) => (int)Math.Clamp(Math.Floor(position), 0, count - 1);
    }
}
