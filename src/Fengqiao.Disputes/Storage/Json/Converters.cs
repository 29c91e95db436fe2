using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;

namespace Fengqiao.Disputes.Storage.Json;

/// <summary>Writes a jurisdiction code as its digits.</summary>
internal sealed class CodeJsonConverter : JsonConverter<JurisdictionCode>
{
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JurisdictionCode.Parse(reader.GetString() ?? throw new JsonException("A code is missing."));

    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>Writes a typed id as its UUID text.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class IdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, Identifiers.ITypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetGuid());

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>
/// Writes a mobile number for storage: encrypted with the field protector when one is given (an
/// envelope that never holds the digits), else unmasked (the in-memory form, never a display).
/// </summary>
internal sealed class StoredMobileJsonConverter(IFieldProtector? protector) : JsonConverter<MobileNumber>
{
    public override MobileNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("A phone number is missing.");
        return MobileNumber.Parse(protector is null ? text : protector.Unprotect(text, FieldPurposes.MobileNumber));
    }

    public override void Write(Utf8JsonWriter writer, MobileNumber value, JsonSerializerOptions options)
    {
        var digits = value.RevealUnmasked();
        writer.WriteStringValue(protector is null ? digits : protector.Protect(digits, FieldPurposes.MobileNumber));
    }
}
