using System.CommandLine;
using System.Globalization;
using System.Text;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Coverage;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;
using Fengqiao.Grids.Mapping;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Cli.Commands;

/// <summary>
/// <c>fengqiao grids coverage|locate|map</c>: grid boundaries from GeoJSON — coverage check (覆盖检查),
/// point location (定位) and SVG maps (网格图).
/// </summary>
internal static class GridsCommands
{
    public static Command Create(CliConsole console)
    {
        var grids = new Command("grids", "Grid boundaries in GeoJSON: coverage check, point location, SVG maps / 网格边界：覆盖检查、定位、网格图");
        grids.Subcommands.Add(CreateCoverage(console));
        grids.Subcommands.Add(CreateLocate(console));
        grids.Subcommands.Add(CreateMap(console));
        return grids;
    }

    private static Command CreateCoverage(CliConsole console)
    {
        var file = FileArgument();
        var boundary = new Option<string?>("--boundary")
        {
            Description = "GeoJSON file with the village/township boundary (one feature); without it the union of the grids is the parent / 上级（村、乡镇）边界文件",
        };
        var sliver = new Option<double?>("--sliver-m2")
        {
            Description = "Gaps, overlaps and outside parts below this many m² are slivers, reported but tolerated (default 10) / 碎片面积阈值（平方米）",
        };
        var command = new Command("coverage", "Check that grids cover their parent without gaps or overlaps (无缝覆盖); exit 1 on findings / 覆盖检查")
        {
            file, boundary, sliver,
        };
        CommandRunner.SetAction(command, console, (parse, _) =>
        {
            var imported = Inspect(parse.GetValue(file)!);
            var parent = parse.GetValue(boundary) is { } path ? ReadBoundary(path, boundary.Name) : (GridFeature?)null;
            var options = parse.GetValue(sliver) is { } m2 ? new CoverageOptions { SliverAreaSquareMetres = m2 } : CoverageOptions.Default;
            var report = GridCoverage.Check(imported.Features, parent, options);
            var result = CoverageResult.From(report, imported.Problems);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(result);
            }
            else
            {
                WriteCoverage(console, report, imported.Problems, options);
            }

            var clean = !report.HasFindings && imported.Problems.Count == 0;
            return Task.FromResult(clean ? ExitCodes.Success : ExitCodes.Findings);
        });
        return command;
    }

    private static Command CreateLocate(CliConsole console)
    {
        var file = FileArgument();
        var lon = new Option<double>("--lon") { Description = "Longitude, WGS-84 degrees / 经度", Required = true };
        var lat = new Option<double>("--lat") { Description = "Latitude, WGS-84 degrees / 纬度", Required = true };
        var command = new Command("locate", "Find the grid holding a point; exit 1 when no grid holds it / 定位所在网格")
        {
            file, lon, lat,
        };
        CommandRunner.SetAction(command, console, (parse, _) =>
        {
            var (x, y) = (parse.GetValue(lon), parse.GetValue(lat));
            if (!(x is >= -180 and <= 180) || !(y is >= -90 and <= 90))
            {
                throw new ValidationException(
                    GridErrorCodes.GeometryCoordinateOutOfRange,
                    x is >= -180 and <= 180 ? lat.Name : lon.Name,
                    "--lon must lie in -180..180 and --lat in -90..90 / 经度须在 -180..180、纬度须在 -90..90 之间");
            }

            var grids = Read(parse.GetValue(file)!);
            var code = GridLocator.Build(grids).Locate(x, y);
            var name = code is { } c ? grids.First(g => g.Code == c).Name : null;
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(new LocateResult(code?.ToString(), name));
            }
            else
            {
                console.Out.WriteLine(code is null
                    ? string.Create(CultureInfo.InvariantCulture, $"({x}, {y}) lies in no grid / 不在任何网格内")
                    : string.Create(CultureInfo.InvariantCulture, $"({x}, {y}) → {code} {name}"));
            }

            return Task.FromResult(code is null ? ExitCodes.Findings : ExitCodes.Success);
        });
        return command;
    }

    private static Command CreateMap(CliConsole console)
    {
        var file = FileArgument();
        var output = new Option<string>("--output", "-o") { Description = "The SVG file to write / 输出的 SVG 文件", Required = true };
        var width = new Option<int?>("--width") { Description = "Picture width in pixels (default 800) / 图宽（像素）" };
        var title = new Option<string?>("--title") { Description = "The map's title / 标题" };
        var labels = new Option<string>("--labels") { Description = "Grid labels: name, code, both or none (default both) / 标注", DefaultValueFactory = _ => "both" };
        labels.AcceptOnlyFromAmong("name", "code", "both", "none");
        var command = new Command("map", "Draw grids as an SVG map (一格一图) / 生成网格图")
        {
            file, output, width, title, labels,
        };
        CommandRunner.SetAction(command, console, async (parse, cancellationToken) =>
        {
            var grids = Read(parse.GetValue(file)!);
            var options = new GridMapOptions
            {
                Width = parse.GetValue(width) ?? GridMapOptions.Default.Width,
                Title = parse.GetValue(title),
                Labels = parse.GetValue(labels) switch
                {
                    "name" => GridMapLabels.Name,
                    "code" => GridMapLabels.Code,
                    "none" => GridMapLabels.None,
                    _ => GridMapLabels.NameAndCode,
                },
            };
            var svg = GridMap.RenderSvg(grids, options: options);
            var path = parse.GetValue(output)!;
            await File.WriteAllTextAsync(path, svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(new MapResult(path, grids.Count));
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: {grids.Count} grid(s) / 已生成网格图"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Argument<string> FileArgument() =>
        new("FILE") { Description = "GeoJSON FeatureCollection of grids (properties code, name) / 网格 GeoJSON 文件" };

    private static GridImportResult Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        return GridGeoJson.Inspect(stream);
    }

    private static IReadOnlyList<GridFeature> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return GridGeoJson.Read(stream);
    }

    private static GridFeature ReadBoundary(string path, string option)
    {
        using var stream = File.OpenRead(path);
        var features = GridGeoJson.Read(stream, GridGeoJsonReadOptions.Boundaries);
        return features.Count == 1
            ? features[0]
            : throw new ValidationException(
                "Cli.BoundaryFeatureCount",
                option,
                string.Create(CultureInfo.InvariantCulture, $"the boundary file must hold exactly one feature, not {features.Count} / 边界文件须恰好包含一个要素"));
    }

    private static void WriteCoverage(CliConsole console, CoverageReport report, IReadOnlyList<GridFeatureProblem> problems, CoverageOptions options)
    {
        var output = console.Out;
        var parent = report.Parent is { } code ? $" in {code}" : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Coverage of {report.GridCount} grid(s){parent} / 覆盖检查"));
        WriteFindings(output, "Gaps 缝隙", report.Gaps);
        WriteFindings(output, "Overlaps 重叠", report.Overlaps);
        WriteFindings(output, "Outside the parent 超出上级边界", report.OutsideParent);
        WriteFindings(output, string.Create(CultureInfo.InvariantCulture, $"Slivers 碎片 (< {options.SliverAreaSquareMetres} m², tolerated 容许)"), report.Slivers);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Invalid features 无效要素: {problems.Count}"));
        foreach (var problem in problems)
        {
            output.WriteLine($"  {problem.ErrorCode}: {problem.Message}");
        }

        var stats = report.Statistics;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Sizes 规模: min {stats.MinAreaSquareMetres:N0} / median {stats.MedianAreaSquareMetres:N0} / mean {stats.MeanAreaSquareMetres:N0} / max {stats.MaxAreaSquareMetres:N0} m²"));
        if (stats.ExpectedHouseholds is { } households)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Expected households 预计户数: {households} in {stats.GridsWithExpectedHouseholds} grid(s)"));
        }

        foreach (var flag in stats.Flags)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {flag.Grid} {flag.Kind}: {flag.Value:N0} (median {flag.Median:N0})"));
        }

        var clean = !report.HasFindings && problems.Count == 0;
        output.WriteLine(clean ? "Result: seamless coverage / 无缝覆盖" : "Result: findings / 存在问题");
    }

    private static void WriteFindings(TextWriter output, string heading, IReadOnlyList<CoverageFinding> findings)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading}: {findings.Count}"));
        foreach (var finding in findings)
        {
            var grids = string.Concat(new[] { finding.Grid, finding.OtherGrid }.OfType<JurisdictionCode>().Select(c => $"{c} "));
            var at = finding.Geometry.InteriorPoint.Coordinate;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {finding.Kind} {grids}{finding.AreaSquareMetres:N2} m² near ({at.X:F6}, {at.Y:F6})"));
        }
    }

    private sealed record LocateResult(string? Grid, string? Name);

    private sealed record MapResult(string Output, int Grids);

    /// <summary>The JSON shape of <c>grids coverage --json</c>; areas in square metres, rounded to 0.001.</summary>
    private sealed record CoverageResult(
        int Grids,
        string? Parent,
        IReadOnlyList<GapResult> Gaps,
        IReadOnlyList<OverlapResult> Overlaps,
        IReadOnlyList<OutsideResult> Outside,
        IReadOnlyList<SliverResult> Slivers,
        IReadOnlyList<InvalidResult> Invalid,
        StatsResult Stats)
    {
        public static CoverageResult From(CoverageReport report, IReadOnlyList<GridFeatureProblem> problems) => new(
            report.GridCount,
            report.Parent?.ToString(),
            report.Gaps.Select(f => new GapResult(Round(f.AreaSquareMetres), f.Wkt)).ToList(),
            report.Overlaps.Select(f => new OverlapResult(f.Grid.ToString(), f.OtherGrid.ToString(), Round(f.AreaSquareMetres), f.Wkt)).ToList(),
            report.OutsideParent.Select(f => new OutsideResult(f.Grid.ToString(), Round(f.AreaSquareMetres), f.Wkt)).ToList(),
            report.Slivers.Select(f => new SliverResult(
                f.Kind switch { CoverageFindingKind.Gap => "gap", CoverageFindingKind.Overlap => "overlap", _ => "outside" },
                new[] { f.Grid, f.OtherGrid }.OfType<JurisdictionCode>().Select(c => c.ToString()).ToList(),
                Round(f.AreaSquareMetres),
                f.Wkt)).ToList(),
            problems.Select(p => new InvalidResult(p.FeatureIndex, p.ErrorCode, p.Field, p.Message)).ToList(),
            StatsResult.From(report.Statistics));
    }

    private sealed record GapResult(double AreaM2, string Wkt);

    private sealed record OverlapResult(string? A, string? B, double AreaM2, string Wkt);

    private sealed record OutsideResult(string? Grid, double AreaM2, string Wkt);

    private sealed record SliverResult(string Kind, IReadOnlyList<string> Grids, double AreaM2, string Wkt);

    private sealed record InvalidResult(int Feature, string ErrorCode, string Field, string Message);

    private sealed record FlagResult(string Grid, string Flag, double Value, double Median);

    private sealed record StatsResult(
        int Count,
        double MinAreaM2,
        double MedianAreaM2,
        double MeanAreaM2,
        double MaxAreaM2,
        double TotalAreaM2,
        int GridsWithExpectedHouseholds,
        long? ExpectedHouseholds,
        double? MedianExpectedHouseholds,
        IReadOnlyList<FlagResult> Flags)
    {
        public static StatsResult From(GridSizeStatistics s) => new(
            s.Count,
            Round(s.MinAreaSquareMetres),
            Round(s.MedianAreaSquareMetres),
            Round(s.MeanAreaSquareMetres),
            Round(s.MaxAreaSquareMetres),
            Round(s.TotalAreaSquareMetres),
            s.GridsWithExpectedHouseholds,
            s.ExpectedHouseholds,
            s.MedianExpectedHouseholds,
            s.Flags.Select(f => new FlagResult(f.Grid.ToString(), JsonName(f.Kind), Round(f.Value), Round(f.Median))).ToList());

        private static string JsonName(GridSizeFlagKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
    }

    // Areas to the square millimetre: enough for slivers, stable against last-digit noise.
    private static double Round(double value) => Math.Round(value, 3);
}
