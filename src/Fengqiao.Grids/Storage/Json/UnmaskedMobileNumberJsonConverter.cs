using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identity;

namespace Fengqiao.Grids.Storage.Json;

/// <summary>
/// Writes a <see cref="MobileNumber"/> as its 11 digits. Only for persisting state records: the
/// type's own converter masks the number, which would lose it in storage.
/// </summary>
internal sealed class UnmaskedMobileNumberJsonConverter : JsonConverter<MobileNumber>
{
    public override MobileNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MobileNumber.TryParse(reader.GetString(), out var number) ? number : throw new JsonException("Not a mobile number.");

    public override void Write(Utf8JsonWriter writer, MobileNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.RevealUnmasked());
}
