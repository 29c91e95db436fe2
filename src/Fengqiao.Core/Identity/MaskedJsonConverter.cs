using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fengqiao.Identity;

/// <summary>
/// JSON for a personal identifier: reads the number from a string, writes it masked (null for the
/// empty value). A document written this way does not read back, on purpose: whoever has to store
/// or send the raw number writes <c>RevealUnmasked()</c> into a field of their own, where the
/// choice shows in the code.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
internal abstract class MaskedJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string, found {reader.TokenType}.");
        }

        var error = Parse(reader.GetString(), out var value, out var detail);

        // The message names the rule that failed, never the value.
        return error is null ? value : throw new JsonException(IdentityMessages.Format(error, detail));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (IsEmpty(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    /// <summary>Parses the text; returns the error code, or null when valid.</summary>
    protected abstract string? Parse(string? text, out T value, out int detail);

    protected abstract bool IsEmpty(T value);
}
