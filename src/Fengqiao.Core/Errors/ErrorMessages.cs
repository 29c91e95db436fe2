using System.Resources;

namespace Fengqiao.Errors;

/// <summary>The kernel's message catalogue.</summary>
internal static class ErrorMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Errors.ErrorMessages", typeof(ErrorMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);
}
