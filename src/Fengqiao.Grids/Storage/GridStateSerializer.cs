using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage.Json;
using Fengqiao.Grids.Training;
using NetTopologySuite;
using NetTopologySuite.IO.Converters;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Grids.Storage;

/// <summary>
/// One JSON form of the module's state records (<c>JurisdictionState</c>, <see cref="GridState"/>,
/// <see cref="PoliceBeatState"/>, <see cref="StaffMemberState"/>, <see cref="TrainingSessionState"/>),
/// for backends that keep an aggregate as a document beside a few indexed columns. Codes are
/// strings of digits, mobile numbers unmasked (these are stored records, not displays), Chinese text unescaped, dates ISO <c>yyyy-MM-dd</c>, instants ISO UTC, boundaries GeoJSON geometries
/// with ring orientation kept as stored.
/// </summary>
public static class GridStateSerializer
{
    /// <summary>Gets the JSON options (camelCase, NodaTime ISO patterns, GeoJSON geometries, codes and ids as strings).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a state record as JSON.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="state">The state.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<TState>(TState state)
        where TState : class
    {
        Guard.Against.Null(state);
        return JsonSerializer.Serialize(state, Options);
    }

    /// <summary>Reads a state record from JSON. Check it by rebuilding the aggregate with its <c>FromState</c>.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state.</returns>
    /// <exception cref="JsonException">The text is not a state record of that type.</exception>
    public static TState Deserialize<TState>(string json)
        where TState : class
    {
        Guard.Against.Null(json);
        return JsonSerializer.Deserialize<TState>(json, Options) ?? throw new JsonException("The JSON is null.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Chinese names stay readable in stored documents.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        options.Converters.Add(new GeoJsonConverterFactory(factory, false, "id", RingOrientationOption.DoNotModify));
        options.Converters.Add(new JurisdictionCodeJsonConverter());
        options.Converters.Add(new UnmaskedMobileNumberJsonConverter());
        options.Converters.Add(new TypedIdJsonConverter<StaffMemberId>());
        options.Converters.Add(new TypedIdJsonConverter<PoliceBeatId>());
        options.Converters.Add(new TypedIdJsonConverter<TrainingSessionId>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
