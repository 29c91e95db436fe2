using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.GeoJson;

public class GridFeatureTests
{
    private static readonly JurisdictionCode Code = JurisdictionCode.Parse(GeoJsonText.GridCode(1));

    [Fact]
    public void A_boundary_must_be_a_polygon_or_multipolygon()
    {
        Assert.Throws<ArgumentException>(() => new GridFeature(Code, "x", Shape("LINESTRING (0 0, 1 1)")));
        Assert.Throws<ArgumentException>(() => new GridFeature(default, "x", Box(0, 0, 1, 1)));
    }

    [Fact]
    public void Extra_properties_may_not_repeat_code_or_name_and_are_copied()
    {
        var extra = new Dictionary<string, object?> { ["sign"] = "牌" };
        var feature = new GridFeature(Code, "x", Box(0, 0, 1, 1), extra);
        extra["sign"] = "changed";

        Assert.Equal("牌", feature.ExtraProperties!["sign"]);
        Assert.Throws<ArgumentException>(() => new GridFeature(Code, "x", Box(0, 0, 1, 1), new Dictionary<string, object?> { ["name"] = "y" }));
        Assert.Null(new GridFeature(Code, "x", Box(0, 0, 1, 1), new Dictionary<string, object?>()).ExtraProperties);
    }

    [Theory]
    [InlineData(320L, 320)]
    [InlineData(320.0, 320)]
    [InlineData(320.5, null)]
    [InlineData(-1L, null)]
    [InlineData("320", null)]
    public void Expected_households_come_from_a_whole_non_negative_number(object value, int? expected)
    {
        var feature = new GridFeature(Code, "x", Box(0, 0, 1, 1), new Dictionary<string, object?> { [GridFeature.ExpectedHouseholdsProperty] = value });
        Assert.Equal(expected, feature.ExpectedHouseholds);
    }

    [Fact]
    public void ToString_shows_code_and_name_only()
    {
        Assert.Equal("330681108201001 一网格", new GridFeature(Code, "一网格", Box(0, 0, 1, 1)).ToString());
        Assert.Equal("330681108201001", new GridFeature(Code, string.Empty, Box(0, 0, 1, 1)).ToString());
    }
}
