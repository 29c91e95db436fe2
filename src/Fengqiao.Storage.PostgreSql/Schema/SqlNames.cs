namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>Identifiers in SQL text. Names are validated (lower-case letters, digits, underscores) before they get here.</summary>
internal static class SqlNames
{
    /// <summary>Quotes an identifier, so that a valid name which is also a keyword (<c>user</c>, <c>order</c>) still works.</summary>
    public static string Quote(string identifier) => "\"" + identifier + "\"";
}
