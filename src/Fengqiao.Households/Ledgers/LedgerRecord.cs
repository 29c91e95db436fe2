namespace Fengqiao.Households.Ledgers;

/// <summary>
/// One row of a ledger file (CSV record or XLSX row): its row number as a spreadsheet shows it (the header is row 1; in a CSV, a cell
/// holding a line break does not start a new row) and its cells, or why it could not be split.
/// </summary>
/// <param name="Row">The 1-based row number.</param>
/// <param name="Cells">The cells, unquoted; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">The message key of the reason the row is malformed, or <see langword="null"/>.</param>
internal readonly record struct LedgerRecord(int Row, string[] Cells, string? Problem);
