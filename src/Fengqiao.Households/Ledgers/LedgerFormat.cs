namespace Fengqiao.Households.Ledgers;

/// <summary>The file formats a household ledger is read from.</summary>
public enum LedgerFormat
{
    /// <summary>Comma-separated text, UTF-8 (with or without byte order mark) or GBK.</summary>
    Csv,

    /// <summary>An Excel workbook; the first worksheet is read.</summary>
    Xlsx,
}
