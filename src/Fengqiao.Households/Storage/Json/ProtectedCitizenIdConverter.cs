using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identity;
using Fengqiao.Privacy;

namespace Fengqiao.Households.Storage.Json;

/// <summary>Writes a <see cref="CitizenId"/> as the field protector's envelope, never as digits; reads it back.</summary>
internal sealed class ProtectedCitizenIdConverter(IFieldProtector protector) : JsonConverter<CitizenId>
{
    public override CitizenId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var envelope = reader.GetString() ?? throw new JsonException("A protected citizen ID is missing.");
        return CitizenId.TryParse(protector.Unprotect(envelope, FieldPurposes.CitizenId), out var id) ? id : throw new JsonException("A protected citizen ID does not decrypt to a citizen ID.");
    }

    public override void Write(Utf8JsonWriter writer, CitizenId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(protector.Protect(value.RevealUnmasked(), FieldPurposes.CitizenId));
}
