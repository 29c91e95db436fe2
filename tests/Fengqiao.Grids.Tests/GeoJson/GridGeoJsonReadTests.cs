using System.Globalization;
using Fengqiao.Errors;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using static Fengqiao.Grids.Tests.GeoJson.GeoJsonText;

namespace Fengqiao.Grids.Tests.GeoJson;

public class GridGeoJsonReadTests
{
    private static readonly string Good0 = Feature(GridCode(1), "一网格", Box(120, 29.5));
    private static readonly string Good2 = Feature(GridCode(3), "三网格", Box(120.02, 29.5));

    [Fact]
    public void Reads_codes_names_and_polygons_in_file_order()
    {
        var features = GridGeoJson.Read(Row(3));

        Assert.Equal([GridCode(1), GridCode(2), GridCode(3)], features.Select(f => f.Code.ToString()));
        Assert.Equal("网格2", features[1].Name);
        var polygon = Assert.IsType<Polygon>(features[1].Boundary);
        Assert.Equal(4326, polygon.SRID);
        Assert.Equal(new Coordinate(120.01, 29.5), polygon.ExteriorRing.GetCoordinateN(0));
        Assert.Null(features[1].ExtraProperties);
    }

    [Fact]
    public void Keeps_extra_properties_in_order_with_their_json_types()
    {
        var properties = $$"""{"code":"{{GridCode(1)}}","expectedHouseholds":320,"name":"一网格","sign":"枫桥镇一网格","partyGroup":"第一党小组","ratio":0.5,"active":true,"note":null,"tags":["a","b"]}""";
        var feature = Assert.Single(GridGeoJson.Read(Collection(FeatureWithProperties(properties, Box(120, 29.5)))));

        Assert.Equal("一网格", feature.Name);
        var extra = feature.ExtraProperties!;
        Assert.Equal(["expectedHouseholds", "sign", "partyGroup", "ratio", "active", "note", "tags"], extra.Keys);
        Assert.Equal(320L, extra["expectedHouseholds"]);
        Assert.Equal(320, feature.ExpectedHouseholds);
        Assert.Equal("枫桥镇一网格", extra[GridFeature.SignProperty]);
        Assert.Equal(0.5, extra["ratio"]);
        Assert.Equal(true, extra["active"]);
        Assert.Null(extra["note"]);
        Assert.Equal("[\"a\",\"b\"]", Assert.IsType<System.Text.Json.JsonElement>(extra["tags"]).GetRawText());
    }

    [Fact]
    public void A_missing_name_reads_as_empty()
    {
        var feature = Assert.Single(GridGeoJson.Read(Collection(FeatureWithProperties($$"""{"code":"{{GridCode(1)}}"}""", Box(120, 29.5)))));
        Assert.Equal(string.Empty, feature.Name);
    }

    [Fact]
    public void Reads_multipolygons_with_holes()
    {
        var geometry = """{"type":"MultiPolygon","coordinates":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]],[[[10,10],[11,10],[11,11],[10,10]]]]}""";
        var feature = Assert.Single(GridGeoJson.Read(Collection(Feature(GridCode(1), "飞地", geometry))));

        var multi = Assert.IsType<MultiPolygon>(feature.Boundary);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Equal(1, ((Polygon)multi.GetGeometryN(0)).NumInteriorRings);
    }

    [Fact]
    public void Ignores_altitudes()
    {
        var geometry = Polygon("[0,0,5],[1,0,5],[1,1,5],[0,0,5]");
        var feature = Assert.Single(GridGeoJson.Read(Collection(Feature(GridCode(1), "a", geometry))));
        Assert.True(double.IsNaN(feature.Boundary.Coordinates[0].Z));
    }

    [Fact]
    public void Boundary_files_accept_village_and_township_codes()
    {
        var text = Collection(Feature(Village, "村", Box(120, 29.5)), Feature("330681108", "镇", Box(121, 29.5)));

        var features = GridGeoJson.Read(text, GridGeoJsonReadOptions.Boundaries);

        Assert.Equal([JurisdictionLevel.Village, JurisdictionLevel.Township], features.Select(f => f.Code.Level));
    }

    [Fact]
    public void Reads_a_utf8_stream_with_a_byte_order_mark()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Row(2))).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.Equal(2, GridGeoJson.Read(stream).Count);
    }

    [Fact]
    public void Not_json_is_refused()
    {
        var error = Assert.Throws<ValidationException>(() => GridGeoJson.Read("{\"type\": \"FeatureCollection\", \"features\": [ }"));
        Assert.Equal(GridErrorCodes.GeoJsonNotJson, error.Code);
        Assert.Equal("$", error.Field);
    }

    [Theory]
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""")]
    [InlineData("""{"type":"FeatureCollection","features":{}}""")]
    [InlineData("""{"type":"FeatureCollection"}""")]
    [InlineData("""[1,2,3]""")]
    public void Anything_but_a_feature_collection_is_refused(string json)
    {
        var error = Assert.Throws<ValidationException>(() => GridGeoJson.Inspect(json));
        Assert.Equal(GridErrorCodes.GeoJsonNotFeatureCollection, error.Code);
        Assert.Equal("features", error.Field);
    }

    public static TheoryData<string, string, string> BadFeatures => new()
    {
        // A feature in the middle (index 1) is bad; the code and the field must name it.
        { "\"not a feature\"", GridErrorCodes.GeoJsonFeatureMalformed, "features[1]" },
        { $$"""{"type":"Point","properties":{"code":"{{GridCode(2)}}"},"geometry":{{Box(120.01, 29.5)}}}""", GridErrorCodes.GeoJsonFeatureMalformed, "features[1]" },
        { Feature(GridCode(2), "x", Polygon("[120,29],[121,29],[121,30],[120,30]")), GridErrorCodes.GeoJsonRingNotClosed, "features[1].geometry" },
        { Feature(GridCode(2), "x", Polygon("[120,29],[121,29],[120,29]")), GridErrorCodes.GeoJsonRingTooShort, "features[1].geometry" },
        { Feature(GridCode(2), "bowtie", Polygon("[120,29],[121,30],[121,29],[120,30],[120,29]")), GridErrorCodes.GeometryInvalid, "features[1].geometry" },
        { Feature(GridCode(2), "x", """{"type":"Point","coordinates":[120,29]}"""), GridErrorCodes.GeoJsonGeometryNotPolygonal, "features[1].geometry" },
        { Feature(GridCode(2), "x", """{"type":"LineString","coordinates":[[120,29],[121,29]]}"""), GridErrorCodes.GeoJsonGeometryNotPolygonal, "features[1].geometry" },
        { Feature(GridCode(2), "x", Box(200, 29.5)), GridErrorCodes.GeometryCoordinateOutOfRange, "features[1].geometry" },
        { Feature(GridCode(2), "x", Box(120, -95)), GridErrorCodes.GeometryCoordinateOutOfRange, "features[1].geometry" },
        { Feature(GridCode(2), "x", """{"type":"Polygon","coordinates":[]}"""), GridErrorCodes.GeometryEmpty, "features[1].geometry" },
        { Feature(GridCode(2), "x", "null"), GridErrorCodes.GeoJsonGeometryMissing, "features[1].geometry" },
        { Feature(GridCode(2), "x", Polygon("[120,29],[\"121\",29],[121,30],[120,29]")), GridErrorCodes.GeoJsonCoordinatesMalformed, "features[1].geometry" },
        { Feature(GridCode(2), "x", Polygon("[120,29],[121],[121,30],[120,29]")), GridErrorCodes.GeoJsonCoordinatesMalformed, "features[1].geometry" },
        { FeatureWithProperties("""{"name":"无编码"}""", Box(120.01, 29.5)), GridErrorCodes.GeoJsonCodeMissing, "features[1].properties.code" },
        { FeatureWithProperties("null", Box(120.01, 29.5)), GridErrorCodes.GeoJsonCodeMissing, "features[1].properties.code" },
        { Feature("33068110820100A", "x", Box(120.01, 29.5)), GridErrorCodes.GeoJsonCodeInvalid, "features[1].properties.code" },
        { FeatureWithProperties($$"""{"code":{{GridCode(2)}}}""", Box(120.01, 29.5)), GridErrorCodes.GeoJsonCodeInvalid, "features[1].properties.code" },
        { Feature(Village, "村", Box(120.01, 29.5)), GridErrorCodes.GeoJsonCodeNotGrid, "features[1].properties.code" },
        { Feature(GridCode(1), "重复", Box(120.01, 29.5)), GridErrorCodes.GeometryDuplicateCode, "features[1].properties.code" },
        { FeatureWithProperties($$"""{"code":"{{GridCode(2)}}","name":7}""", Box(120.01, 29.5)), GridErrorCodes.GeoJsonNameInvalid, "features[1].properties.name" },
    };

    [Theory]
    [MemberData(nameof(BadFeatures))]
    public void A_bad_feature_is_refused_with_its_code_and_index_and_nothing_is_imported(string badFeature, string code, string field)
    {
        var text = Collection(Good0, badFeature, Good2);

        var error = Assert.Throws<ValidationException>(() => GridGeoJson.Read(text));

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFeatures))]
    public void Inspect_reports_the_bad_feature_and_keeps_the_good_ones(string badFeature, string code, string field)
    {
        var result = GridGeoJson.Inspect(Collection(Good0, badFeature, Good2));

        Assert.False(result.IsComplete);
        Assert.Equal(3, result.FeatureCount);
        Assert.Equal([GridCode(1), GridCode(3)], result.Features.Select(f => f.Code.ToString()));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, code, field), (problem.FeatureIndex, problem.ErrorCode, problem.Field));
    }

    [Fact]
    public void Inspect_collects_every_problem_and_read_throws_the_first()
    {
        var text = Collection(
            Good0,
            Feature(GridCode(2), "x", """{"type":"Point","coordinates":[120,29]}"""),
            Feature(GridCode(4), "ok", Box(120.03, 29.5)),
            Feature("abc", "x", Box(120.04, 29.5)),
            Good2);

        var result = GridGeoJson.Inspect(text);
        var error = Assert.Throws<ValidationException>(() => GridGeoJson.Read(text));

        Assert.Equal([1, 3], result.Problems.Select(p => p.FeatureIndex));
        Assert.Equal([GridErrorCodes.GeoJsonGeometryNotPolygonal, GridErrorCodes.GeoJsonCodeInvalid], result.Problems.Select(p => p.ErrorCode));
        Assert.Equal(3, result.Features.Count);
        Assert.Equal(GridErrorCodes.GeoJsonGeometryNotPolygonal, error.Code);
        Assert.Equal("features[1].geometry", error.Field);
    }

    [Fact]
    public void The_validity_reason_is_given()
    {
        var text = Collection(Feature(GridCode(1), "bowtie", Polygon("[120,29],[121,30],[121,29],[120,30],[120,29]")));

        var error = Assert.Throws<ValidationException>(() => GridGeoJson.Read(text));

        Assert.Contains("self-intersection", error.Message, StringComparison.Ordinal);
        Assert.Contains("120.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_follow_the_ui_culture()
    {
        var text = Collection(Feature(Village, "村", Box(120, 29.5)));
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = Assert.Throws<ValidationException>(() => GridGeoJson.Read(text));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var english = Assert.Throws<ValidationException>(() => GridGeoJson.Read(text));

            Assert.Contains("村（社区）级代码", chinese.Message, StringComparison.Ordinal);
            Assert.Contains("village/community code", english.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
