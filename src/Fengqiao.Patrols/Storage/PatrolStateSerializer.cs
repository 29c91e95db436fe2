using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Identifiers;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;

namespace Fengqiao.Patrols.Storage;

/// <summary>
/// One JSON form of the module's state records (<see cref="PatrolState"/>, <see cref="InspectionState"/>,
/// <see cref="IncidentState"/>, <see cref="PreventionActivityState"/>), for backends that keep an aggregate
/// as a document beside a few indexed columns: the grids module's conventions (camelCase, NodaTime ISO
/// patterns, codes and ids as strings, Chinese unescaped), enums as names. SQL backends write
/// <see cref="IncidentState.CallerPhone"/> encrypted in its own column and never in the document.
/// </summary>
public static class PatrolStateSerializer
{
    /// <summary>Gets the JSON options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a state record as JSON.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="state">The state.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<TState>(TState state)
        where TState : class => JsonSerializer.Serialize(Guard.Against.Null(state), Options);

    /// <summary>Reads a state record from JSON; check it by rebuilding the aggregate with its <c>FromState</c>.</summary>
    /// <typeparam name="TState">The state record type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state.</returns>
    public static TState Deserialize<TState>(string json)
        where TState : class =>
        JsonSerializer.Deserialize<TState>(Guard.Against.Null(json), Options) ?? throw new JsonException("The JSON is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(GridStateSerializer.Options);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new IdConverter<PatrolId>());
        options.Converters.Add(new IdConverter<InspectionId>());
        options.Converters.Add(new IdConverter<IncidentId>());
        options.Converters.Add(new IdConverter<PreventionActivityId>());
        options.Converters.Add(new IdConverter<PremisesId>());
        options.Converters.Add(new IdConverter<ResidentId>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class IdConverter<TId> : JsonConverter<TId>
        where TId : struct, ITypedId<TId>
    {
        public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
