using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Households;

/// <summary>The message catalogue of the households module's error codes (en and zh-CN).</summary>
internal static class HouseholdMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Households.HouseholdMessages", typeof(HouseholdMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Invalid(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
