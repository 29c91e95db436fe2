using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identifiers;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Services.Storage.Json;

/// <summary>A typed id as its UUID text.</summary>
internal sealed class TypedIdConverter<TId> : JsonConverter<TId>
    where TId : struct, ITypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetGuid());

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A jurisdiction code as its digits.</summary>
internal sealed class JurisdictionCodeConverter : JsonConverter<JurisdictionCode>
{
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JurisdictionCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("Not a jurisdiction code.");

    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>A mobile number unmasked: only for the personal part, which backends encrypt as a whole.</summary>
internal sealed class UnmaskedMobileConverter : JsonConverter<MobileNumber>
{
    public override MobileNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MobileNumber.TryParse(reader.GetString(), out var number) ? number : throw new JsonException("Not a mobile number.");

    public override void Write(Utf8JsonWriter writer, MobileNumber value, JsonSerializerOptions options) => writer.WriteStringValue(value.RevealUnmasked());
}

/// <summary>A citizen ID unmasked: only for the personal part, which backends encrypt as a whole.</summary>
internal sealed class UnmaskedCitizenIdConverter : JsonConverter<CitizenId>
{
    public override CitizenId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CitizenId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a citizen ID.");

    public override void Write(Utf8JsonWriter writer, CitizenId value, JsonSerializerOptions options) => writer.WriteStringValue(value.RevealUnmasked());
}
