using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fengqiao.Core.Tests.Time;

/// <summary>
/// Checks a JSON document against the JSON Schema keywords the seed schemas use (type, const,
/// enum, required, properties, additionalProperties: false, items, minItems, minLength, pattern,
/// minimum, maximum, $ref to #/$defs, allOf, anyOf, not, if/then/else). It refuses any other
/// keyword, so a schema that outgrows it fails loudly instead of passing unchecked.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "minItems", "minLength", "pattern", "minimum", "maximum", "$ref",
        "allOf", "anyOf", "not", "if", "then", "else",
    ];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private bool Matches(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors.Count == 0;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"Schema keyword '{keyword.Name}' is not supported by the test validator.");
            }

            var k = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    var name = k.GetString()!["#/$defs/".Length..];
                    Check(root.GetProperty("$defs").GetProperty(name), value, path, errors);
                    break;
                case "type" when !HasType(value, k.GetString()!):
                    errors.Add($"{path}: expected {k.GetString()}");
                    break;
                case "const" when !JsonElement.DeepEquals(k, value):
                    errors.Add($"{path}: expected {k}");
                    break;
                case "enum" when !k.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)):
                    errors.Add($"{path}: not one of {k}");
                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    errors.AddRange(k.EnumerateArray().Where(r => !value.TryGetProperty(r.GetString()!, out _)).Select(r => $"{path}: missing {r}"));
                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        if (k.TryGetProperty(property.Name, out var propertySchema))
                        {
                            Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                        }
                        else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path}: unexpected property {property.Name}");
                        }
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(k, item, $"{path}[{i++}]", errors);
                    }

                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < k.GetInt32():
                case "minLength" when value.ValueKind == JsonValueKind.String && value.GetString()!.Length < k.GetInt32():
                case "minimum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() < k.GetDouble():
                case "maximum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() > k.GetDouble():
                    errors.Add($"{path}: violates {keyword.Name} {k}");
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, k.GetString()!):
                    errors.Add($"{path}: does not match {k.GetString()}");
                    break;
                case "allOf":
                    foreach (var sub in k.EnumerateArray())
                    {
                        Check(sub, value, path, errors);
                    }

                    break;
                case "anyOf" when !k.EnumerateArray().Any(sub => Matches(sub, value)):
                    errors.Add($"{path}: matches none of anyOf");
                    break;
                case "not" when Matches(k, value):
                    errors.Add($"{path}: matches a 'not' schema");
                    break;
                case "if":
                    var branch = Matches(k, value) ? "then" : "else";
                    if (schema.TryGetProperty(branch, out var branchSchema))
                    {
                        Check(branchSchema, value, path, errors);
                    }

                    break;
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Schema type '{type}' is not supported by the test validator."),
    };
}
