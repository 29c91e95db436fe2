using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using Fengqiao.Disputes.Storage.Json;
using Fengqiao.Households.Residents;
using Fengqiao.Privacy;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Disputes.Storage;

/// <summary>
/// The JSON form of <see cref="DisputeState"/> for backends that keep a dispute as a document beside a
/// few indexed columns: camelCase, enums as names, codes as digits, ids as UUID text, dates ISO, instants
/// ISO UTC, Chinese text unescaped. Phone numbers of outside persons are encrypted with the given
/// <see cref="IFieldProtector"/> (purpose <see cref="FieldPurposes.MobileNumber"/>), so a database file or
/// dump holds no plaintext phone.
/// </summary>
public sealed class DisputeStateSerializer
{
    private readonly JsonSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    /// <param name="protector">Encrypts phone numbers; required by backends that persist to disk.</param>
    public DisputeStateSerializer(IFieldProtector protector)
    {
        _options = CreateOptions(Guard.Against.Null(protector));
    }

    /// <summary>Writes a state as JSON.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(DisputeState state) => JsonSerializer.Serialize(Guard.Against.Null(state), _options);

    /// <summary>Reads a state from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state.</returns>
    public DisputeState Deserialize(string json) =>
        JsonSerializer.Deserialize<DisputeState>(Guard.Against.Null(json), _options) ?? throw new JsonException("The dispute state is empty.");

    internal static JsonSerializerOptions CreateOptions(IFieldProtector? protector)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new CodeJsonConverter());
        options.Converters.Add(new IdJsonConverter<DisputeId>());
        options.Converters.Add(new IdJsonConverter<ResidentId>());
        options.Converters.Add(new StoredMobileJsonConverter(protector));
        return options;
    }
}
