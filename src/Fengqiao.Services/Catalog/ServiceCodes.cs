namespace Fengqiao.Services.Catalog;

/// <summary>Service codes (事项编码): lower-case slugs such as <c>id-card-reissue</c>, also used as Open311 <c>service_code</c>.</summary>
public static class ServiceCodes
{
    /// <summary>Gets a value indicating whether a text is a valid code: 1–64 characters of a–z, 0–9 and inner hyphens or underscores.</summary>
    /// <param name="code">The text.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string? code) =>
        code is { Length: > 0 and <= 64 }
        && code[0] is >= 'a' and <= 'z' or >= '0' and <= '9'
        && code[^1] is not '-' and not '_'
        && code.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    internal static string Require(string? code, string field) =>
        IsValid(code) ? code! : throw ServiceMessages.Invalid(ServiceErrorCodes.CodeInvalid, field, code is { Length: <= 64 } ? code : code?[..64]);
}
