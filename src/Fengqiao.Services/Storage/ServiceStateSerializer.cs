using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Residents;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage.Json;
using Fengqiao.Services.WorkOrders;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Services.Storage;

/// <summary>
/// One JSON form of the module's state records (<see cref="ConvenienceServiceState"/>, <see cref="ServiceRequestState"/>,
/// <see cref="WorkOrderState"/>, <see cref="FoundItemState"/>) for backends that keep an aggregate as a document:
/// camelCase, ISO dates and instants, codes and ids as strings, Chinese unescaped. Mobile and ID numbers
/// are written unmasked, so a backend writes a state to disk only after <see cref="ServicePersonalData"/>
/// has taken the personal part out (and encrypts that part).
/// </summary>
public static class ServiceStateSerializer
{
    /// <summary>Gets the JSON options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a state record (or a part of one) as JSON.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value)
        where T : class
    {
        Guard.Against.Null(value);
        return JsonSerializer.Serialize(value, Options);
    }

    /// <summary>Reads a state record (or a part of one) from JSON; check a state by rebuilding the aggregate with its <c>FromState</c>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not a record of that type.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
        Guard.Against.Null(json);
        return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The JSON is null.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JurisdictionCodeConverter());
        options.Converters.Add(new UnmaskedMobileConverter());
        options.Converters.Add(new UnmaskedCitizenIdConverter());
        options.Converters.Add(new TypedIdConverter<ServiceRequestId>());
        options.Converters.Add(new TypedIdConverter<WorkOrderId>());
        options.Converters.Add(new TypedIdConverter<FoundItemId>());
        options.Converters.Add(new TypedIdConverter<StaffMemberId>());
        options.Converters.Add(new TypedIdConverter<ResidentId>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
