using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Disputes;

/// <summary>The message catalogue of the disputes module's error codes (en and zh-CN).</summary>
internal static class DisputeMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Disputes.DisputeMessages", typeof(DisputeMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Invalid(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
