using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Storage.PostgreSql.Errors;

/// <summary>The PostgreSQL backend's message catalogue, falling back to the kernel's for kernel codes.</summary>
internal static class PostgreSqlErrorMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Storage.PostgreSql.Errors.PostgreSqlErrorMessages", typeof(PostgreSqlErrorMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);
}
