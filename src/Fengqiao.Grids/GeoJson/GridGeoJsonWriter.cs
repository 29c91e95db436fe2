using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.GeoJson;

/// <summary>
/// Writes grids as a GeoJSON FeatureCollection in a fixed member order: <c>type</c>, <c>properties</c>
/// (<c>code</c>, <c>name</c>, then the extra properties in their order), <c>geometry</c>. Coordinates are
/// written as the shortest text that parses back to the same double, so a round trip is exact.
/// </summary>
internal static class GridGeoJsonWriter
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<GridFeature> features)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var feature in features)
        {
            WriteFeature(writer, feature);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter writer, GridFeature feature)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteStartObject("properties");
        writer.WriteString(GridGeoJson.CodeProperty, feature.Code.ToString());
        writer.WriteString(GridGeoJson.NameProperty, feature.Name);
        if (feature.ExtraProperties is { } extra)
        {
            foreach (var (key, value) in extra)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }
        }

        writer.WriteEndObject();
        writer.WritePropertyName("geometry");
        WriteGeometry(writer, feature.Boundary);
        writer.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter writer, Geometry boundary)
    {
        writer.WriteStartObject();
        if (boundary is Polygon polygon)
        {
            writer.WriteString("type", "Polygon");
            writer.WritePropertyName("coordinates");
            WritePolygon(writer, polygon);
        }
        else
        {
            writer.WriteString("type", "MultiPolygon");
            writer.WriteStartArray("coordinates");
            for (var i = 0; i < boundary.NumGeometries; i++)
            {
                WritePolygon(writer, (Polygon)boundary.GetGeometryN(i));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter writer, Polygon polygon)
    {
        writer.WriteStartArray();
        if (!polygon.IsEmpty)
        {
            WriteRing(writer, polygon.ExteriorRing.CoordinateSequence);
            foreach (var hole in polygon.InteriorRings)
            {
                WriteRing(writer, hole.CoordinateSequence);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter writer, CoordinateSequence ring)
    {
        writer.WriteStartArray();
        for (var i = 0; i < ring.Count; i++)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(ring.GetX(i));
            writer.WriteNumberValue(ring.GetY(i));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case int whole:
                writer.WriteNumberValue(whole);
                break;
            case double real:
                writer.WriteNumberValue(real);
                break;
            case decimal exact:
                writer.WriteNumberValue(exact);
                break;
            case JsonElement json:
                json.WriteTo(writer);
                break;
            default:
                // Anything else is written as its invariant text rather than guessed at.
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
