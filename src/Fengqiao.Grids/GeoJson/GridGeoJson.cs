using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace Fengqiao.Grids.GeoJson;

/// <summary>
/// Grid boundaries as GeoJSON (RFC 7946) FeatureCollections (网格边界 GeoJSON 导入导出).
/// </summary>
/// <remarks>
/// <para>
/// Each feature carries the properties <c>code</c> (a 15-digit grid code, or a division code in a
/// boundary file) and <c>name</c>, and a Polygon or MultiPolygon geometry in WGS-84 lon/lat degrees.
/// Other properties are kept in <see cref="GridFeature.ExtraProperties"/>. Altitudes are ignored;
/// ring orientation is kept as written.
/// </para>
/// <para>
/// <see cref="Read(string, GridGeoJsonReadOptions?)"/> is all-or-nothing: the first problem (in feature
/// order) is thrown as a <see cref="Errors.ValidationException"/> whose <see cref="Errors.ValidationException.Field"/>
/// names the feature, such as <c>features[3].geometry</c>. <see cref="Inspect(string, GridGeoJsonReadOptions?)"/>
/// reports every problem instead and returns the usable features. A problem with the document itself
/// (not JSON, not a FeatureCollection) is thrown by both.
/// </para>
/// </remarks>
public static class GridGeoJson
{
    /// <summary>The property holding the feature's jurisdiction code.</summary>
    public const string CodeProperty = "code";

    /// <summary>The property holding the feature's display name.</summary>
    public const string NameProperty = "name";

    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Reads every feature of a GeoJSON text, or throws for the first problem (nothing is half-read).</summary>
    /// <param name="json">The GeoJSON text.</param>
    /// <param name="options">The options; by default every code must be a grid code.</param>
    /// <returns>The features, in file order.</returns>
    /// <exception cref="Errors.ValidationException">The text is not a usable FeatureCollection; see <see cref="GridErrorCodes"/>.</exception>
    public static IReadOnlyList<GridFeature> Read(string json, GridGeoJsonReadOptions? options = null) =>
        Complete(Inspect(json, options));

    /// <summary>Reads every feature of a UTF-8 GeoJSON stream, or throws for the first problem (nothing is half-read).</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="options">The options; by default every code must be a grid code.</param>
    /// <returns>The features, in file order.</returns>
    /// <exception cref="Errors.ValidationException">The stream is not a usable FeatureCollection; see <see cref="GridErrorCodes"/>.</exception>
    public static IReadOnlyList<GridFeature> Read(Stream utf8Json, GridGeoJsonReadOptions? options = null) =>
        Complete(Inspect(utf8Json, options));

    /// <summary>Reads a GeoJSON text, collecting a problem for every feature that cannot be used.</summary>
    /// <param name="json">The GeoJSON text.</param>
    /// <param name="options">The options; by default every code must be a grid code.</param>
    /// <returns>The usable features and the problems.</returns>
    /// <exception cref="Errors.ValidationException">The text is not JSON, or not a FeatureCollection.</exception>
    public static GridImportResult Inspect(string json, GridGeoJsonReadOptions? options = null)
    {
        Guard.Against.Null(json);
        using var document = GridGeoJsonReader.Parse(o => JsonDocument.Parse(json, o));
        return GridGeoJsonReader.Read(document, options ?? GridGeoJsonReadOptions.Grids);
    }

    /// <summary>Reads a UTF-8 GeoJSON stream, collecting a problem for every feature that cannot be used.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="options">The options; by default every code must be a grid code.</param>
    /// <returns>The usable features and the problems.</returns>
    /// <exception cref="Errors.ValidationException">The stream is not JSON, or not a FeatureCollection.</exception>
    public static GridImportResult Inspect(Stream utf8Json, GridGeoJsonReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        using var document = GridGeoJsonReader.Parse(o => JsonDocument.Parse(utf8Json, o));
        return GridGeoJsonReader.Read(document, options ?? GridGeoJsonReadOptions.Grids);
    }

    /// <summary>Writes features as a GeoJSON FeatureCollection text.</summary>
    /// <param name="features">The features, written in the order given.</param>
    /// <param name="indented">Whether to indent the text.</param>
    /// <returns>The GeoJSON text; Chinese names are written as is, not escaped.</returns>
    public static string Write(IEnumerable<GridFeature> features, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(stream, features, indented);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes features as a UTF-8 GeoJSON FeatureCollection to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="features">The features, written in the order given.</param>
    /// <param name="indented">Whether to indent the text.</param>
    public static void Write(Stream utf8Json, IEnumerable<GridFeature> features, bool indented = false)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(features);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? IndentedWriter : CompactWriter);
        GridGeoJsonWriter.Write(writer, features);
    }

    private static IReadOnlyList<GridFeature> Complete(GridImportResult result) =>
        result.IsComplete ? result.Features : throw result.Problems[0].ToException();
}
