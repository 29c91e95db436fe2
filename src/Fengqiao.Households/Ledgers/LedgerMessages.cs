using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Households.Ledgers;

/// <summary>The message catalogue of ledger import (en and zh-CN); arguments never carry personal data.</summary>
internal static class LedgerMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Households.Ledgers.LedgerMessages", typeof(LedgerMessages).Assembly));

    public static string Format(string key, params object?[] args) => Catalog.Format(key, args);

    /// <summary>A file-level problem, thrown because nothing in the file can be used.</summary>
    public static ValidationException FileError(string code, string field, string key, params object?[] args) =>
        new(code, field, Format(key, args));
}
