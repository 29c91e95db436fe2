using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>How <see cref="LedgerImporter"/> imports a ledger.</summary>
public sealed class LedgerImportOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether valid households are imported when others have errors
    /// (部分导入). By default a ledger with any error imports nothing.
    /// </summary>
    public bool Partial { get; set; }

    /// <summary>Gets or sets the date grids must exist on and memberships start; by default today in Asia/Shanghai.</summary>
    public LocalDate? AsOf { get; set; }

    /// <summary>Gets or sets where progress is reported; <see langword="null"/> for none.</summary>
    public IProgress<LedgerProgress>? Progress { get; set; }

    /// <summary>Gets or sets how many rows pass between two progress reports while reading (default 5,000).</summary>
    public int ProgressInterval { get; set; } = 5_000;
}
