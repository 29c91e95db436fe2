namespace Fengqiao.Households.Ledgers;

/// <summary>How far an import has got (导入进度), reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Phase">The stage.</param>
/// <param name="RowsRead">The data rows read so far.</param>
/// <param name="HouseholdsWritten">The households written so far.</param>
/// <param name="HouseholdsToWrite">The households to write, once known (0 before <see cref="LedgerPhase.Writing"/>).</param>
public readonly record struct LedgerProgress(LedgerPhase Phase, int RowsRead, int HouseholdsWritten, int HouseholdsToWrite);
