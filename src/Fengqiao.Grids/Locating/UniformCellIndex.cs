using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// A uniform grid of cells over all grids' extent. A cell either knows its answer outright (no
/// boundary passes through it, so one grid — or none — holds the whole cell) or points to a small
/// block listing the grids to test there, lowest code first, each with only the edges that can
/// matter inside the cell.
/// </summary>
/// <remarks>
/// <para>
/// For a point in a cell, the crossing-number test of a grid needs only the grid's edges that meet
/// the cell's row to the right of the cell's west side. Of those, edges that lie wholly east of the
/// cell and span its whole height count for every point of the cell: only their parity is stored.
/// The rest — edges through the cell, and edges east of it that end within its height — are listed.
/// A lookup thus reads the cell, its block and a few edges of the same grid: random lookups over a
/// county are bound by memory latency, so fewer, nearer reads matter more than arithmetic.
/// </para>
/// <para>
/// Cells are closed rectangles widened by a millionth of a cell, and everything recorded for a cell
/// holds for that widened rectangle, so a point whose computed cell index is off by rounding still
/// gets a correct answer.
/// </para>
/// </remarks>
internal sealed class UniformCellIndex
{
    private const double Margin = 1e-6;
    private const int None = -1;
    private const int MaxCells = 1 << 22;

    private readonly double _minX;
    private readonly double _minY;
    private readonly double _inverseCellWidth;
    private readonly double _inverseCellHeight;
    private readonly int _columns;
    private readonly int _rows;

    // Per cell: a grid index, None, or −2 − (offset of the cell's block in _blocks).
    private readonly int[] _cells;

    // A block: [count] then per grid [index, or ~index when it holds the whole cell]
    // [parity | listed edges << 1] [edge indices…]; a whole-cell grid ends the block.
    private readonly int[] _blocks;
    private readonly double[] _edges;

    private UniformCellIndex(Layout layout, int[] cells, int[] blocks, double[] edges)
    {
        _minX = layout.MinX;
        _minY = layout.MinY;
        _inverseCellWidth = 1 / layout.CellWidth;
        _inverseCellHeight = 1 / layout.CellHeight;
        _columns = layout.Columns;
        _rows = layout.Rows;
        _cells = cells;
        _blocks = blocks;
        _edges = edges;
    }

    /// <summary>Gets the number of cells (for diagnostics and tests).</summary>
    public int CellCount => _cells.Length;

    /// <summary>Gets the share of cells answered without a point-in-polygon test.</summary>
    public double ResolvedShare => _cells.Length == 0 ? 0 : _cells.Count(a => a >= None) / (double)_cells.Length;

    /// <summary>Gets the memory the index holds, in bytes (approximately).</summary>
    public long Bytes => (4L * (_cells.Length + _blocks.Length)) + (8L * _edges.Length);

    /// <summary>Builds the index over boundaries already sorted by code; grid i is boundaries[i].</summary>
    /// <param name="boundaries">The boundaries.</param>
    /// <param name="cellsPerEdge">How many cells to allot per boundary edge.</param>
    public static UniformCellIndex Build(IReadOnlyList<Geometry> boundaries, double cellsPerEdge)
    {
        var bands = PolygonEdgeBands.Build(boundaries);
        var layout = Layout.For(boundaries, cellsPerEdge);
        var (firstEntry, entries) = EntriesByCell(boundaries, bands, layout);

        var cells = new int[layout.Columns * layout.Rows];
        var blocks = new List<int>();
        var nearby = new List<int>();
        var seen = new int[bands.EdgeCount];
        Array.Fill(seen, -1);
        var visit = 0;
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var (from, to) = (firstEntry[cell], firstEntry[cell + 1]);
            if (from == to || entries[from] < 0)
            {
                cells[cell] = from == to ? None : ~entries[from];
                continue;
            }

            cells[cell] = -2 - blocks.Count;
            var countAt = blocks.Count;
            blocks.Add(0);
            var (west, south, east, north) = layout.Widened(cell);
            for (var i = from; i < to; i++)
            {
                var grid = entries[i];
                blocks[countAt]++;
                blocks.Add(grid);
                if (grid < 0)
                {
                    break; // holds the whole cell: grids after it never win here
                }

                nearby.Clear();
                bands.EdgesInRange(grid, south, north, nearby, seen, visit++);
                var metaAt = blocks.Count;
                blocks.Add(0);
                var (parity, listed) = (0, 0);
                foreach (var edge in nearby)
                {
                    var e = edge * 4;
                    var (x1, y1, x2, y2) = (bands.Edges[e], bands.Edges[e + 1], bands.Edges[e + 2], bands.Edges[e + 3]);
                    if (Math.Max(x1, x2) < west)
                    {
                        continue; // wholly west of every point of the cell: never counts
                    }

                    if (Math.Min(x1, x2) > east && y1 <= south && y2 > north)
                    {
                        parity ^= 1; // wholly east and spanning the cell's height: counts for every point
                        continue;
                    }

                    blocks.Add(edge);
                    listed++;
                }

                blocks[metaAt] = parity | (listed << 1);
            }
        }

        return new UniformCellIndex(layout, cells, [.. blocks], bands.Edges);
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

        var answer = _cells[((int)row * _columns) + (int)column];
        return answer >= None ? answer : Test(-2 - answer, x, y);
    }

    private int Test(int at, double x, double y)
    {
        var blocks = _blocks;
        var edges = _edges;
        var count = blocks[at++];
        for (var k = 0; k < count; k++)
        {
            var grid = blocks[at++];
            if (grid < 0)
            {
                return ~grid;
            }

            var meta = blocks[at++];
            var inside = (meta & 1) != 0;
            for (var end = at + (meta >> 1); at < end; at++)
            {
                if (PolygonEdgeBands.Crosses(edges, blocks[at], x, y))
                {
                    inside = !inside;
                }
            }

            if (inside)
            {
                return grid;
            }
        }

        return None;
    }

    /// <summary>
    /// For each cell, the grids that may hold some of it, in grid (code) order: a grid whose edges
    /// touch the cell as its index, a grid holding the whole cell as ~index. Grids neither touching
    /// nor holding the cell are left out.
    /// </summary>
    private static (int[] FirstEntry, int[] Entries) EntriesByCell(IReadOnlyList<Geometry> boundaries, PolygonEdgeBands bands, Layout layout)
    {
        var cellCount = layout.Columns * layout.Rows;

        // Grid by grid: the cells its edges touch are stamped with its index; every other cell of
        // its envelope lies wholly inside or wholly outside it, which the cell's centre decides.
        var stamp = new int[cellCount];
        Array.Fill(stamp, -1);
        var entryCells = new List<int>();
        var entryGrids = new List<int>();
        for (var g = 0; g < boundaries.Count; g++)
        {
            var grid = g;
            PolygonEdgeBands.ForEachEdge(boundaries[g], (ax, ay, bx, by) =>
            {
                layout.CellRange(Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by), out var e0, out var s0, out var e1, out var s1);
                for (var r = s0; r <= s1; r++)
                {
                    Array.Fill(stamp, grid, (r * layout.Columns) + e0, e1 - e0 + 1);
                }
            });

            var envelope = boundaries[g].EnvelopeInternal;
            layout.CellRange(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, out var c0, out var r0, out var c1, out var r1);
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    var cell = (r * layout.Columns) + c;
                    var touched = stamp[cell] == g;
                    var (x, y) = layout.Center(cell);
                    if (touched || bands.Contains(g, x, y))
                    {
                        entryCells.Add(cell);
                        entryGrids.Add(touched ? g : ~g);
                    }
                }
            }
        }

        // A stable counting sort by cell keeps each cell's entries in grid order.
        var firstEntry = new int[cellCount + 1];
        entryCells.ForEach(cell => firstEntry[cell + 1]++);
        for (var cell = 0; cell < cellCount; cell++)
        {
            firstEntry[cell + 1] += firstEntry[cell];
        }

        var entries = new int[entryGrids.Count];
        var next = (int[])firstEntry.Clone();
        for (var i = 0; i < entryGrids.Count; i++)
        {
            entries[next[entryCells[i]]++] = entryGrids[i];
        }

        return (firstEntry, entries);
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

        /// <summary>The cell's rectangle widened by the margin: west, south, east, north.</summary>
        public (double West, double South, double East, double North) Widened(int cell)
        {
            var (column, row) = (cell % Columns, cell / Columns);
            return (
                MinX + ((column - Margin) * CellWidth),
                MinY + ((row - Margin) * CellHeight),
                MinX + ((column + 1 + Margin) * CellWidth),
                MinY + ((row + 1 + Margin) * CellHeight));
        }

        private static int Clamp(double position, int count) => (int)Math.Clamp(Math.Floor(position), 0, count - 1);
    }
}
