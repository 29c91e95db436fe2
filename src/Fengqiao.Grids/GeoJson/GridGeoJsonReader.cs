using System.Globalization;
using System.Text.Json;
using Fengqiao.Errors;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.GeoJson;

/// <summary>
/// Reads a GeoJSON FeatureCollection of grids feature by feature, so that each problem is tied to
/// its feature index. System.Text.Json is used directly (rather than a GeoJSON converter) because a
/// converter stops at the first bad ring without saying which feature it belongs to.
/// </summary>
internal static class GridGeoJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static JsonDocument Parse(Func<JsonDocumentOptions, JsonDocument> parse)
    {
        try
        {
            return parse(DocumentOptions);
        }
        catch (JsonException error)
        {
            throw GridGeometryMessages.Exception(
                GridErrorCodes.GeoJsonNotJson, "$", (error.LineNumber ?? 0) + 1, (error.BytePositionInLine ?? 0) + 1);
        }
    }

    public static GridImportResult Read(JsonDocument document, GridGeoJsonReadOptions options)
    {
        var features = FeaturesOf(document.RootElement);
        var usable = new List<GridFeature>(features.GetArrayLength());
        var problems = new List<GridFeatureProblem>();
        var seen = new HashSet<JurisdictionCode>();
        var index = 0;
        foreach (var element in features.EnumerateArray())
        {
            var problem = ReadFeature(element, index, options, out var feature);
            if (problem is null && !seen.Add(feature.Code))
            {
                var field = CodeField(index);
                problem = GridGeometryMessages.Exception(GridErrorCodes.GeometryDuplicateCode, field, field, feature.Code);
            }

            if (problem is null)
            {
                usable.Add(feature);
            }
            else
            {
                problems.Add(new GridFeatureProblem(index, problem.Code, problem.Field, problem.Message));
            }

            index++;
        }

        return new GridImportResult(index, usable, problems);
    }

    private static JsonElement FeaturesOf(JsonElement root)
    {
        var found = root.ValueKind == JsonValueKind.Object
            ? root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : "object"
            : root.ValueKind.ToString().ToLowerInvariant();
        if (root.ValueKind != JsonValueKind.Object
            || !string.Equals(found, "FeatureCollection", StringComparison.Ordinal)
            || !root.TryGetProperty("features", out var features)
            || features.ValueKind != JsonValueKind.Array)
        {
            throw GridGeometryMessages.Exception(GridErrorCodes.GeoJsonNotFeatureCollection, "features", found);
        }

        return features;
    }

    private static ValidationException? ReadFeature(JsonElement element, int index, GridGeoJsonReadOptions options, out GridFeature feature)
    {
        feature = default;
        var at = string.Create(CultureInfo.InvariantCulture, $"features[{index}]");
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("type", out var type)
            || !type.ValueEquals("Feature"))
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonFeatureMalformed, at, at);
        }

        var properties = element.TryGetProperty("properties", out var p) ? p : default;
        if (properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonFeatureMalformed, at + ".properties", at);
        }

        // One problem per feature, checked in this order: code, name, geometry.
        Geometry? boundary = null;
        var name = string.Empty;
        var problem = ReadCode(properties, index, options, out var code)
            ?? ReadName(properties, index, out name)
            ?? ReadBoundary(element, at + ".geometry", out boundary);
        if (problem is not null)
        {
            return problem;
        }

        feature = new GridFeature(code, name, boundary!, ExtraProperties(properties));
        return null;
    }

    private static string CodeField(int index) => string.Create(CultureInfo.InvariantCulture, $"features[{index}].properties.code");

    private static ValidationException? ReadCode(JsonElement properties, int index, GridGeoJsonReadOptions options, out JurisdictionCode code)
    {
        code = default;
        var field = CodeField(index);
        if (properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(GridGeoJson.CodeProperty, out var value)
            || value.ValueKind == JsonValueKind.Null)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCodeMissing, field, field);
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (value.ValueKind != JsonValueKind.String || !JurisdictionCode.TryParse(text, out code))
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCodeInvalid, field, field, Shorten(text ?? string.Empty));
        }

        if (options.RequireGridCodes && code.Level != JurisdictionLevel.Grid)
        {
            var level = GridGeometryMessages.Format("GridGeometry.Level." + code.Level);
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCodeNotGrid, field, field, text, level);
        }

        return null;
    }

    private static ValidationException? ReadName(JsonElement properties, int index, out string name)
    {
        name = string.Empty;
        if (properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(GridGeoJson.NameProperty, out var value)
            || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"features[{index}].properties.name");
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonNameInvalid, field, field);
        }

        name = value.GetString()!;
        return null;
    }

    private static ValidationException? ReadBoundary(JsonElement feature, string field, out Geometry? boundary)
    {
        boundary = null;
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonGeometryMissing, field, field);
        }

        var type = geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : "(none)";
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonGeometryNotPolygonal, field, field, Shorten(type));
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCoordinatesMalformed, field, field, "coordinates");
        }

        var problem = type == "Polygon"
            ? ReadPolygon(coordinates, field, "coordinates", out var polygon)
            : ReadMultiPolygon(coordinates, field, out polygon);
        if (problem is not null)
        {
            return problem;
        }

        boundary = polygon;
        return GridGeometryRules.Check(polygon!, field);
    }

    private static ValidationException? ReadMultiPolygon(JsonElement coordinates, string field, out Geometry? multiPolygon)
    {
        multiPolygon = null;
        var polygons = new Polygon[coordinates.GetArrayLength()];
        var i = 0;
        foreach (var element in coordinates.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"coordinates[{i}]");
            if (element.ValueKind != JsonValueKind.Array)
            {
                return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCoordinatesMalformed, field, field, path);
            }

            var problem = ReadPolygon(element, field, path, out var polygon);
            if (problem is not null)
            {
                return problem;
            }

            polygons[i++] = (Polygon)polygon!;
        }

        multiPolygon = GridGeometryRules.Factory.CreateMultiPolygon(polygons);
        return null;
    }

    private static ValidationException? ReadPolygon(JsonElement rings, string field, string path, out Geometry? polygon)
    {
        polygon = null;
        var count = rings.GetArrayLength();
        if (count == 0)
        {
            // An empty polygon is refused as an empty boundary, also inside a multipolygon.
            return GridGeometryMessages.Exception(GridErrorCodes.GeometryEmpty, field, field);
        }

        var linearRings = new LinearRing[count];
        var r = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            var ringPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{r}]");
            var problem = ReadRing(ring, field, ringPath, out var linearRing);
            if (problem is not null)
            {
                return problem;
            }

            linearRings[r++] = linearRing!;
        }

        polygon = GridGeometryRules.Factory.CreatePolygon(linearRings[0], linearRings[1..]);
        return null;
    }

    private static ValidationException? ReadRing(JsonElement ring, string field, string path, out LinearRing? linearRing)
    {
        linearRing = null;
        if (ring.ValueKind != JsonValueKind.Array)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCoordinatesMalformed, field, field, path);
        }

        var positions = new Coordinate[ring.GetArrayLength()];
        var i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            if (!TryReadPosition(position, out var coordinate))
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonCoordinatesMalformed, field, field, at);
            }

            positions[i++] = coordinate;
        }

        if (positions.Length > 0 && !positions[0].Equals2D(positions[^1]))
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonRingNotClosed, field, field, path);
        }

        if (positions.Length < 4)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeoJsonRingTooShort, field, field, path, positions.Length);
        }

        linearRing = GridGeometryRules.Factory.CreateLinearRing(positions);
        return null;
    }

    private static bool TryReadPosition(JsonElement position, out Coordinate coordinate)
    {
        coordinate = null!;
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            return false;
        }

        // Altitude and further values are allowed by RFC 7946 and ignored: grids are flat.
        foreach (var number in position.EnumerateArray())
        {
            if (number.ValueKind != JsonValueKind.Number || !number.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                return false;
            }
        }

        coordinate = new Coordinate(position[0].GetDouble(), position[1].GetDouble());
        return true;
    }

    private static Dictionary<string, object?>? ExtraProperties(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Dictionary<string, object?>? extra = null;
        foreach (var property in properties.EnumerateObject())
        {
            if (property.NameEquals(GridGeoJson.CodeProperty) || property.NameEquals(GridGeoJson.NameProperty))
            {
                continue;
            }

            extra ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            extra[property.Name] = ValueOf(property.Value);
        }

        return extra;
    }

    private static object? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => value.Clone(), // arrays and objects stay JSON, detached from the document
    };

    private static string Shorten(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 24), "…");
}
