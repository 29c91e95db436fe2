using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Services;

/// <summary>The message catalogue of the services module's error codes (en and zh-CN).</summary>
internal static class ServiceMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Services.ServiceMessages", typeof(ServiceMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Invalid(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));

    public static string RequireText(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw Invalid(ServiceErrorCodes.TextRequired, field, field) : text.Trim();
}
