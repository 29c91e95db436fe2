namespace Fengqiao.Households.Ledgers;

/// <summary>One problem found in a ledger row (行级错误). Messages never hold an ID number or phone number.</summary>
/// <param name="Row">The 1-based row number as a spreadsheet shows it (the header is row 1).</param>
/// <param name="Column">The Chinese header of the column at fault (see <see cref="LedgerLayout.HeaderOf"/>), or empty for the whole row.</param>
/// <param name="ErrorCode">The stable code, one of <see cref="LedgerErrorCodes"/>.</param>
/// <param name="Message">The message in the current UI culture (zh-CN or en).</param>
public sealed record LedgerError(int Row, string Column, string ErrorCode, string Message);
