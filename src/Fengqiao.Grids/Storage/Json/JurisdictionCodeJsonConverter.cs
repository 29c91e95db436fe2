using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Storage.Json;

/// <summary>Writes a <see cref="JurisdictionCode"/> as its canonical digits (a JSON string).</summary>
internal sealed class JurisdictionCodeJsonConverter : JsonConverter<JurisdictionCode>
{
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return JurisdictionCode.TryParse(text, out var code) ? code : throw new JsonException("Not a jurisdiction code.");
    }

    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override JurisdictionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
