using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Patrols;

/// <summary>The message catalogue of the patrols module's error codes (en and zh-CN).</summary>
internal static class PatrolMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Patrols.PatrolMessages", typeof(PatrolMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Invalid(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
