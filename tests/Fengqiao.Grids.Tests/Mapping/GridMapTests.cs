using System.Globalization;
using System.Xml.Linq;
using Fengqiao.Errors;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Mapping;
using Fengqiao.Jurisdictions;
using Snapshooter.Xunit;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.Mapping;

public class GridMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<GridFeature> Village() =>
    [
        Grid(1, Box(120.000, 29.700, 0.004, 0.003), "一网格"),
        Grid(2, Box(120.004, 29.700, 0.004, 0.003), "二网格 & <东片>"),
        Grid(3, Shape("POLYGON ((120 29.703, 120.008 29.703, 120.008 29.706, 120 29.706, 120 29.703), (120.003 29.704, 120.005 29.704, 120.005 29.705, 120.003 29.705, 120.003 29.704))"), "三网格"),
        Grid(4, Shape("MULTIPOLYGON (((120.003 29.704, 120.005 29.704, 120.005 29.705, 120.003 29.705, 120.003 29.704)), ((120.008 29.700, 120.009 29.700, 120.009 29.701, 120.008 29.700)))"), "四网格（飞地）"),
    ];

    private static readonly MapPoint[] Points =
    [
        new(120.001, 29.701, "户 1-01"),
        new(120.006, 29.7015, null),
        new(120.0065, 29.7045, "警情 #12", MapPointStyle.Incident),
    ];

    [Fact]
    public void A_village_map_matches_its_snapshot()
    {
        var svg = GridMap.RenderSvg(Village(), Points, new GridMapOptions { Title = "枫源村网格图", Highlight = JurisdictionCode.Parse("330681108201002") });

        Snapshot.Match(svg);
    }

    [Fact]
    public void A_single_grid_map_matches_its_snapshot()
    {
        var svg = GridMap.RenderSvg([Village()[2]], options: new GridMapOptions { Width = 400, Labels = GridMapLabels.Name });

        Snapshot.Match(svg);
    }

    [Fact]
    public void Output_is_valid_xml_with_escaped_text()
    {
        var document = XDocument.Parse(GridMap.RenderSvg(Village(), Points, new GridMapOptions { Title = "a < b & c" }));

        Assert.Equal("a < b & c", document.Root!.Element(Svg + "title")!.Value);
        var labels = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("二网格 & <东片>330681108201002", labels);
        Assert.Contains("警情 #12", labels);
        Assert.Equal(4, document.Descendants(Svg + "path").Count());
        Assert.Equal(3, document.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_dropped()
    {
        var svg = GridMap.RenderSvg([Grid(1, Box(120, 30, 0.01, 0.01), "坏\u0001名")]);

        Assert.Contains("坏名", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
    }

    [Fact]
    public void Output_does_not_depend_on_input_order_or_culture()
    {
        var expected = GridMap.RenderSvg(Village(), Points);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(expected, GridMap.RenderSvg(Enumerable.Reverse(Village()), Points));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Longitudes_are_scaled_by_the_cosine_of_the_latitude()
    {
        // At 60° a degree of longitude is half a degree of latitude long: a 0.02° × 0.01° box draws square.
        var svg = XDocument.Parse(GridMap.RenderSvg([Grid(1, Box(10, 59.995, 0.02, 0.01))], options: new GridMapOptions { Padding = 0, Width = 500 }));

        Assert.Equal("500", svg.Root!.Attribute("width")!.Value);
        Assert.Equal(500, double.Parse(svg.Root!.Attribute("height")!.Value, CultureInfo.InvariantCulture), 0);
    }

    [Theory]
    [InlineData("red;stroke:url(x)")]
    [InlineData("#12345")]
    [InlineData("\"/><script>")]
    public void Unsafe_colours_are_refused(string colour)
    {
        var error = Assert.Throws<ValidationException>(() => GridMap.RenderSvg(Village(), options: new GridMapOptions { GridFill = colour }));
        Assert.Equal(ErrorCodes.OptionsInvalid, error.Code);

        var pointError = Assert.Throws<ValidationException>(() => GridMap.RenderSvg(Village(), [new MapPoint(120, 29.7, null, new MapPointStyle(colour, "#fff", 3))]));
        Assert.Equal("points[0].style", pointError.Field);
    }

    [Fact]
    public void Points_outside_wgs84_ranges_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridMap.RenderSvg(Village(), [new MapPoint(120, 29.7), new MapPoint(190, 29.7)]));

        Assert.Equal(GridErrorCodes.GeometryCoordinateOutOfRange, error.Code);
        Assert.Equal("points[1]", error.Field);
    }
}
