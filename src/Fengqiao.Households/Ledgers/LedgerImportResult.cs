namespace Fengqiao.Households.Ledgers;

/// <summary>What an import did (导入结果).</summary>
/// <param name="Imported">The households written.</param>
/// <param name="ResidentsImported">The residents written with them.</param>
/// <param name="Rejected">The households (or rows without a usable household number) refused for errors.</param>
/// <param name="Errors">Every problem found, by row then column.</param>
/// <param name="Encoding">The text encoding detected (UTF-8 or GBK), or <see langword="null"/> for XLSX.</param>
public sealed record LedgerImportResult(int Imported, int ResidentsImported, int Rejected, IReadOnlyList<LedgerError> Errors, string? Encoding)
{
    /// <summary>Gets a value indicating whether the ledger had no errors at all.</summary>
    public bool IsClean => Errors.Count == 0;
}
