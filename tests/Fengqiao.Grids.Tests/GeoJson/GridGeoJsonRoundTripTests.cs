using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using static Fengqiao.Grids.Tests.GeoJson.GeoJsonText;

namespace Fengqiao.Grids.Tests.GeoJson;

public class GridGeoJsonRoundTripTests
{
    private static readonly WKTReader Wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326));

    [Fact]
    public void Written_features_read_back_identical()
    {
        var extra = new Dictionary<string, object?>
        {
            ["expectedHouseholds"] = 412L,
            ["sign"] = "枫桥镇 <一网格> & \"二\"",
            ["partyGroup"] = "第一网格党小组",
            ["area"] = 0.1 + 0.2,
            ["verified"] = false,
            ["note"] = null,
        };
        var features = new[]
        {
            new GridFeature(JurisdictionCode.Parse(GridCode(2)), "二网格", Wkt.Read("POLYGON ((120.1 29.7, 120.10333333333333 29.7, 120.10333333333333 29.712345678901234, 120.1 29.7))")),
            new GridFeature(
                JurisdictionCode.Parse(GridCode(1)),
                "一网格",
                Wkt.Read("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1)), ((10 10, 11 10, 11 11, 10 10)))"),
                extra),
        };

        var text = GridGeoJson.Write(features);
        var back = GridGeoJson.Read(text);

        Assert.Equal(features.Length, back.Count);
        for (var i = 0; i < features.Length; i++)
        {
            Assert.Equal(features[i].Code, back[i].Code);
            Assert.Equal(features[i].Name, back[i].Name);
            Assert.True(features[i].Boundary.EqualsExact(back[i].Boundary), $"feature {i}: {back[i].Boundary}");
        }

        Assert.Equal(extra.ToList(), back[1].ExtraProperties!.ToList());
        Assert.Equal(text, GridGeoJson.Write(back));
    }

    [Fact]
    public void Writes_a_stable_member_order()
    {
        var feature = new GridFeature(
            JurisdictionCode.Parse(GridCode(1)),
            "一网格",
            Wkt.Read("POLYGON ((120 29.5, 120.01 29.5, 120.01 29.51, 120 29.5))"),
            new Dictionary<string, object?> { ["sign"] = "牌", ["expectedHouseholds"] = 5 });

        var text = GridGeoJson.Write([feature]);

        Assert.Equal(
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"330681108201001","name":"一网格","sign":"牌","expectedHouseholds":5},"geometry":{"type":"Polygon","coordinates":[[[120,29.5],[120.01,29.5],[120.01,29.51],[120,29.5]]]}}]}""",
            text);
    }

    [Fact]
    public void A_file_rewritten_is_the_same_text()
    {
        var original = Collection(
            FeatureWithProperties($$"""{"code":"{{GridCode(1)}}","name":"一网格","expectedHouseholds":300,"partyGroup":"一组"}""", Box(120.123456789, 29.987654321, 0.0025)),
            Feature(GridCode(2), "二网格", Box(120.126, 29.987654321, 0.0025)));

        Assert.Equal(original, GridGeoJson.Write(GridGeoJson.Read(original)));
    }

    [Property(MaxTest = 300)]
    public Property Coordinates_survive_a_round_trip_bit_for_bit() =>
        Prop.ForAll(
            Gen.Choose(-179_000_000, 179_000_000).Select(v => v / 1e6 + 1e-7 / 3).ToArbitrary(),
            Gen.Choose(-89_000_000, 89_000_000).Select(v => v / 1e6 + 1e-9 / 7).ToArbitrary(),
            Gen.Choose(1, 1_000_000).Select(v => v / 1.7e6).ToArbitrary(),
            (west, south, size) =>
            {
                var box = Wkt.Read(string.Create(
                    CultureInfo.InvariantCulture,
                    $"POLYGON (({west:R} {south:R}, {west + size:R} {south:R}, {west + size:R} {south + size:R}, {west:R} {south + size:R}, {west:R} {south:R}))"));
                var feature = new GridFeature(JurisdictionCode.Parse(GridCode(1)), "x", box);

                var back = Assert.Single(GridGeoJson.Read(GridGeoJson.Write([feature])));

                return back.Boundary.EqualsExact(box);
            });
}
