using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identity;
using Fengqiao.Privacy;

namespace Fengqiao.Households.Storage.Json;

/// <summary>Writes a <see cref="MobileNumber"/> as the field protector's envelope, never as digits; reads it back.</summary>
internal sealed class ProtectedMobileNumberConverter(IFieldProtector protector) : JsonConverter<MobileNumber>
{
    public override MobileNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var envelope = reader.GetString() ?? throw new JsonException("A protected mobile number is missing.");
        return MobileNumber.TryParse(protector.Unprotect(envelope, FieldPurposes.MobileNumber), out var number) ? number : throw new JsonException("A protected mobile number does not decrypt to a mobile number.");
    }

    public override void Write(Utf8JsonWriter writer, MobileNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(protector.Protect(value.RevealUnmasked(), FieldPurposes.MobileNumber));
}
