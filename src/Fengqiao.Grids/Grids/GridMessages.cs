using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Grids;

/// <summary>The message catalogue of the grid domain's error codes (en and zh-CN).</summary>
internal static class GridMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Grids.GridMessages", typeof(GridMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Invalid(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
