using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Ledgers;

/// <summary>One household of a ledger (一户一表) after validation: its number, grid, address and members.</summary>
/// <param name="Number">The household number (户编号) as written in the ledger.</param>
/// <param name="Grid">The 15-digit grid code (网格编码).</param>
/// <param name="Address">The address (地址).</param>
/// <param name="FirstRow">The household's first row in the file.</param>
/// <param name="Members">The members in file order; exactly one is the head.</param>
public sealed record LedgerHousehold(string Number, JurisdictionCode Grid, string Address, int FirstRow, IReadOnlyList<LedgerMember> Members)
{
    /// <summary>Gets the head of the household (户主).</summary>
    public LedgerMember Head => Members.First(m => m.IsHead);

    /// <summary>Names the household by number and row only; members are personal data.</summary>
    /// <returns>The reference, such as <c>household H001 (row 2, 3 members)</c>.</returns>
    public override string ToString() => $"household {Number} (row {FirstRow}, {Members.Count} members)";
}
