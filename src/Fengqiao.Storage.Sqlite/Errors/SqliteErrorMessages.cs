using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Storage.Sqlite;

/// <summary>The SQLite backend's message catalogue, falling back to the kernel's for kernel codes.</summary>
internal static class SqliteErrorMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager(typeof(SqliteErrorMessages).FullName!, typeof(SqliteErrorMessages).Assembly),
        new ResourceManager("Fengqiao.Errors.ErrorMessages", typeof(ErrorCodes).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);
}
