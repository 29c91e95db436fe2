using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Storage.Json;

/// <summary>Writes a <see cref="JurisdictionCode"/> as its canonical digits.</summary>
internal sealed class JurisdictionCodeConverter : JsonConverter<JurisdictionCode>
{
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JurisdictionCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("Not a jurisdiction code.");

    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
