using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage.Json;
using Fengqiao.Households.Visits;
using Fengqiao.Identity;
using Fengqiao.Privacy;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Households.Storage;

/// <summary>
/// The JSON form of the module's state records for backends that keep an aggregate as a document.
/// Citizen IDs and mobile numbers are written as the field protector's envelopes (AES-GCM by default),
/// so a stored document never holds one in plaintext; there is deliberately no overload without a
/// protector. Index columns for lookups come from <see cref="IFieldProtector.Index"/>
/// (<see cref="CitizenIdIndex"/>). Codes and ids are strings, Chinese text unescaped, dates ISO.
/// </summary>
public static class HouseholdStateSerializer
{
    private static readonly ConditionalWeakTable<IFieldProtector, JsonSerializerOptions> OptionsByProtector = [];

    /// <summary>Gets the JSON options for a protector (cached per protector instance).</summary>
    /// <param name="protector">The field protector.</param>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions OptionsFor(IFieldProtector protector)
    {
        Guard.Against.Null(protector);
        return OptionsByProtector.GetValue(protector, CreateOptions);
    }

    /// <summary>Writes a state record as JSON with protected identifiers.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="state">The state.</param>
    /// <param name="protector">The field protector.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<TState>(TState state, IFieldProtector protector)
        where TState : class
    {
        Guard.Against.Null(state);
        return JsonSerializer.Serialize(state, OptionsFor(protector));
    }

    /// <summary>Reads a state record from JSON, decrypting its identifiers. Check it by rebuilding the aggregate with its <c>FromState</c>.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="protector">The field protector (holding the key the envelopes were made with).</param>
    /// <returns>The state.</returns>
    public static TState Deserialize<TState>(string json, IFieldProtector protector)
        where TState : class
    {
        Guard.Against.Null(json);
        return JsonSerializer.Deserialize<TState>(json, OptionsFor(protector)) ?? throw new JsonException("The JSON is null.");
    }

    /// <summary>Gets the keyed-hash index of a citizen ID, the value backends store to find residents by ID.</summary>
    /// <param name="protector">The field protector.</param>
    /// <param name="citizenId">The citizen ID.</param>
    /// <returns>The index token.</returns>
    public static string CitizenIdIndex(IFieldProtector protector, CitizenId citizenId)
    {
        Guard.Against.Null(protector);
        return protector.Index(citizenId.RevealUnmasked(), FieldPurposes.CitizenId);
    }

    /// <summary>
    /// Gets a value indicating whether a stored document holds an identifier envelope made with a key
    /// other than the protector's current one (after a key rotation, until the record is re-saved).
    /// </summary>
    /// <param name="json">The stored JSON.</param>
    /// <param name="protector">The field protector.</param>
    /// <returns>Whether one of its envelopes needs re-protection.</returns>
    public static bool NeedsReprotection(string json, IFieldProtector protector)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(protector);
        using var document = JsonDocument.Parse(json);
        return NeedsReprotection(document.RootElement, protector);
    }

    private static bool NeedsReprotection(JsonElement element, IFieldProtector protector) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() is { } text && text.StartsWith("fp1.", StringComparison.Ordinal) && protector.NeedsReprotection(text),
        JsonValueKind.Object => element.EnumerateObject().Any(p => NeedsReprotection(p.Value, protector)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => NeedsReprotection(e, protector)),
        _ => false,
    };

    private static JsonSerializerOptions CreateOptions(IFieldProtector protector)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JurisdictionCodeConverter());
        options.Converters.Add(new ProtectedCitizenIdConverter(protector));
        options.Converters.Add(new ProtectedMobileNumberConverter(protector));
        options.Converters.Add(new TypedIdConverter<HouseholdId>());
        options.Converters.Add(new TypedIdConverter<ResidentId>());
        options.Converters.Add(new TypedIdConverter<StandardAddressId>());
        options.Converters.Add(new TypedIdConverter<HouseId>());
        options.Converters.Add(new TypedIdConverter<PremisesId>());
        options.Converters.Add(new TypedIdConverter<VisitId>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
