namespace Fengqiao.Services.Catalog;

/// <summary>The Open311 names of <see cref="AttributeDatatype"/> (<c>string</c>, <c>number</c>, …), used by seeds and the interop.</summary>
internal static class AttributeDatatypeNames
{
    public static string Name(AttributeDatatype datatype) => datatype switch
    {
        AttributeDatatype.ShortText => "string",
        _ => datatype.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? name, out AttributeDatatype datatype)
    {
        foreach (var candidate in Enum.GetValues<AttributeDatatype>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                datatype = candidate;
                return true;
            }
        }

        datatype = default;
        return false;
    }
}
