using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Grids.Geodesy;

/// <summary>The message catalogue of grid geometry (GeoJSON, validation, coverage) in en and zh-CN.</summary>
internal static class GridGeometryMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Grids.Geodesy.GridGeometryMessages", typeof(GridGeometryMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Exception(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
