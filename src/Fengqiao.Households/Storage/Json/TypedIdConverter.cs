using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Identifiers;

namespace Fengqiao.Households.Storage.Json;

/// <summary>Writes a typed id as its UUID text.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class TypedIdConverter<TId> : JsonConverter<TId>
    where TId : struct, ITypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetGuid());

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
