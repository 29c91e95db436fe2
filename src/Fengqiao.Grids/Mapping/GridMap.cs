using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Fengqiao.Errors;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.Mapping;

/// <summary>
/// Draws grids as SVG (网格图, "一格一图"): boundaries, labels, and optional points such as
/// households or incidents.
/// </summary>
/// <remarks>
/// <para>
/// Projection: equirectangular, with longitudes scaled by the cosine of the middle latitude so that
/// shapes keep their proportions at the map's latitude; north is up. The drawing fills
/// <see cref="GridMapOptions.Width"/> less the padding; the height follows.
/// </para>
/// <para>
/// Output is deterministic: grids in code order, points in the order given, numbers with two decimals
/// in the invariant culture, <c>\n</c> line ends. Text is XML-escaped; characters XML cannot hold are dropped.
/// </para>
/// </remarks>
public static class GridMap
{
    /// <summary>Renders grids and points to an SVG document.</summary>
    /// <param name="grids">The grids (one grid for a grid map, a village's or township's grids for theirs).</param>
    /// <param name="points">Points to draw over the grids, or <see langword="null"/>.</param>
    /// <param name="options">The options; <see cref="GridMapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ValidationException">An option is out of range, or a point lies outside WGS-84 ranges.</exception>
    public static string RenderSvg(IEnumerable<GridFeature> grids, IEnumerable<MapPoint>? points = null, GridMapOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        RenderSvg(writer, grids, points, options);
        return writer.ToString();
    }

    /// <summary>Renders grids and points as an SVG document to a writer.</summary>
    /// <param name="writer">The writer; left open.</param>
    /// <param name="grids">The grids.</param>
    /// <param name="points">Points to draw over the grids, or <see langword="null"/>.</param>
    /// <param name="options">The options; <see cref="GridMapOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ValidationException">An option is out of range, or a point lies outside WGS-84 ranges.</exception>
    public static void RenderSvg(TextWriter writer, IEnumerable<GridFeature> grids, IEnumerable<MapPoint>? points = null, GridMapOptions? options = null)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(grids);
        options ??= GridMapOptions.Default;
        options.Validate();
        var sortedGrids = grids.OrderBy(g => g.Code).ToList();
        var pointList = ValidatedPoints(points);
        var projection = Projection.Fit(sortedGrids, pointList, options);

        var svg = new SvgText(writer);
        svg.Line($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{options.Width}\" height=\"{SvgText.Number(projection.Height)}\" viewBox=\"0 0 {options.Width} {SvgText.Number(projection.Height)}\">");
        if (options.Title is { } title)
        {
            svg.Line($"<title>{SvgText.Escape(title)}</title>");
        }

        svg.Line("<style>");
        svg.Line($".grid{{fill:{options.GridFill};stroke:{options.GridStroke};stroke-width:1;fill-rule:evenodd}}");
        svg.Line($".grid.highlight{{fill:{options.HighlightFill}}}");
        svg.Line(".label{font-family:sans-serif;font-size:12px;text-anchor:middle;fill:#1a202c}");
        svg.Line(".code{font-size:9px;fill:#4a5568}");
        svg.Line(".point-label{font-family:sans-serif;font-size:10px;fill:#1a202c}");
        svg.Line("</style>");
        WriteGrids(svg, sortedGrids, projection, options);
        WriteLabels(svg, sortedGrids, projection, options);
        WritePoints(svg, pointList, projection);
        svg.Line("</svg>");
    }

    private static List<MapPoint> ValidatedPoints(IEnumerable<MapPoint>? points)
    {
        var list = points?.ToList() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var point = list[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"points[{i}]");
            if (!GridGeometryRules.IsInRange(point.Longitude, point.Latitude))
            {
                throw GridGeometryMessages.Exception(
                    GridErrorCodes.GeometryCoordinateOutOfRange, field, field, GridGeometryRules.Number(point.Longitude), GridGeometryRules.Number(point.Latitude));
            }

            if (point.Style is { } style && (!GridMapOptions.IsColour(style.Fill) || !GridMapOptions.IsColour(style.Stroke) || !(style.Radius > 0 && style.Radius < 1000)))
            {
                throw ValidationException.Of(ErrorCodes.OptionsInvalid, field + ".style", "a point style needs #rgb/#rrggbb/named colours and a radius in (0, 1000)");
            }
        }

        return list;
    }

    private static void WriteGrids(SvgText svg, List<GridFeature> grids, Projection projection, GridMapOptions options)
    {
        svg.Line("<g class=\"grids\">");
        foreach (var grid in grids)
        {
            var path = new StringBuilder();
            for (var p = 0; p < grid.Boundary.NumGeometries; p++)
            {
                var polygon = (Polygon)grid.Boundary.GetGeometryN(p);
                if (polygon.IsEmpty)
                {
                    continue;
                }

                AppendRing(path, polygon.ExteriorRing.CoordinateSequence, projection);
                foreach (var hole in polygon.InteriorRings)
                {
                    AppendRing(path, hole.CoordinateSequence, projection);
                }
            }

            var css = grid.Code == options.Highlight ? "grid highlight" : "grid";
            svg.Line($"<path class=\"{css}\" data-code=\"{grid.Code}\" d=\"{path}\"/>");
        }

        svg.Line("</g>");
    }

    private static void AppendRing(StringBuilder path, CoordinateSequence ring, Projection projection)
    {
        var previous = string.Empty;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (x, y) = projection.Apply(ring.GetX(i), ring.GetY(i));
            var point = SvgText.Number(x) + " " + SvgText.Number(y);
            if (point == previous)
            {
                continue; // vertices closer than the output precision draw as one
            }

            path.Append(path.Length == 0 ? string.Empty : " ").Append(previous.Length == 0 ? "M" : "L").Append(point);
            previous = point;
        }

        path.Append(" Z");
    }

    private static void WriteLabels(SvgText svg, List<GridFeature> grids, Projection projection, GridMapOptions options)
    {
        if (options.Labels == GridMapLabels.None || grids.Count == 0)
        {
            return;
        }

        svg.Line("<g class=\"labels\">");
        foreach (var grid in grids)
        {
            // The interior point lies inside the grid even when the grid is concave or has holes.
            var anchor = InteriorPoint.GetInteriorCoord(grid.Boundary);
            var (x, y) = projection.Apply(anchor.X, anchor.Y);
            var code = grid.Code.ToString();
            var name = string.IsNullOrEmpty(grid.Name) ? code : grid.Name;
            var at = $"x=\"{SvgText.Number(x)}\" y=\"{SvgText.Number(y)}\"";
            var text = options.Labels switch
            {
                GridMapLabels.Name => SvgText.Escape(name),
                GridMapLabels.Code => SvgText.Escape(code),
                _ => $"<tspan>{SvgText.Escape(name)}</tspan><tspan class=\"code\" x=\"{SvgText.Number(x)}\" dy=\"1.2em\">{code}</tspan>",
            };
            svg.Line($"<text class=\"label\" {at}>{text}</text>");
        }

        svg.Line("</g>");
    }

    private static void WritePoints(SvgText svg, List<MapPoint> points, Projection projection)
    {
        if (points.Count == 0)
        {
            return;
        }

        svg.Line("<g class=\"points\">");
        foreach (var point in points)
        {
            var style = point.Style ?? MapPointStyle.Household;
            var (x, y) = projection.Apply(point.Longitude, point.Latitude);
            svg.Line($"<circle cx=\"{SvgText.Number(x)}\" cy=\"{SvgText.Number(y)}\" r=\"{SvgText.Number(style.Radius)}\" fill=\"{style.Fill}\" stroke=\"{style.Stroke}\"/>");
            if (!string.IsNullOrEmpty(point.Label))
            {
                svg.Line($"<text class=\"point-label\" x=\"{SvgText.Number(x + style.Radius + 2)}\" y=\"{SvgText.Number(y + 3)}\">{SvgText.Escape(point.Label)}</text>");
            }
        }

        svg.Line("</g>");
    }

    /// <summary>Equirectangular projection scaled by cos(middle latitude), fitted to the picture's width.</summary>
    private readonly record struct Projection(double MinLongitude, double MaxLatitude, double LongitudeScale, double Scale, double Padding, double Height)
    {
        public static Projection Fit(List<GridFeature> grids, List<MapPoint> points, GridMapOptions options)
        {
            var extent = new Envelope();
            grids.ForEach(g => extent.ExpandToInclude(g.Boundary.EnvelopeInternal));
            points.ForEach(p => extent.ExpandToInclude(p.Longitude, p.Latitude));
            if (extent.IsNull)
            {
                return new Projection(0, 0, 1, 1, options.Padding, options.Width / 2.0);
            }

            var longitudeScale = Math.Cos(extent.Centre.Y * Math.PI / 180);
            var dataWidth = Math.Max(extent.Width * longitudeScale, 1e-12);
            var dataHeight = extent.Height;

            // A point or a north-south line has no width: fit the height to the same scale as a square instead.
            var drawable = options.Width - (2.0 * options.Padding);
            var scale = drawable / Math.Max(dataWidth, dataHeight);
            return new Projection(extent.MinX, extent.MaxY, longitudeScale, scale, options.Padding, (dataHeight * scale) + (2.0 * options.Padding));
        }

        public (double X, double Y) Apply(double longitude, double latitude) =>
            (Padding + ((longitude - MinLongitude) * LongitudeScale * Scale), Padding + ((MaxLatitude - latitude) * Scale));
    }

    /// <summary>Writes SVG lines with fixed number formatting and XML escaping.</summary>
    private sealed class SvgText(TextWriter writer)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public static string Number(double value)
        {
            var text = value.ToString("F2", CultureInfo.InvariantCulture);
            return text == "-0.00" ? "0.00" : text;
        }

        public static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => escaped.Append("&amp;"),
                    '<' => escaped.Append("&lt;"),
                    '>' => escaped.Append("&gt;"),
                    '"' => escaped.Append("&quot;"),
                    '\'' => escaped.Append("&apos;"),
                    _ when XmlAllows(c) => escaped.Append(c),
                    _ => escaped,
                };
            }

            return escaped.ToString();
        }

        // XML 1.0 allows tab, line feed, carriage return, and everything from U+0020 except U+FFFE/U+FFFF;
        // surrogate halves pass through as pairs.
        private static bool XmlAllows(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c is not ('\uFFFE' or '\uFFFF'));
    }
}
