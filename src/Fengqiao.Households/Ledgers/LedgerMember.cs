using Fengqiao.Identity;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>One person of a household as a ledger row gives them, after validation.</summary>
/// <param name="Row">The 1-based row number in the file.</param>
/// <param name="Name">The person's name (姓名).</param>
/// <param name="CitizenId">The citizen ID (公民身份号码); masked whenever formatted.</param>
/// <param name="RelationToHead">The relation to the head as written (与户主关系), such as 户主, 配偶, 子.</param>
/// <param name="IsHead">Whether the row marks the head of the household (户主 or 本人).</param>
/// <param name="Phone">The mobile number (联系电话), if given; masked whenever formatted.</param>
/// <param name="PopulationType">Registered or floating (人口类型).</param>
/// <param name="RegisteredOn">The floating resident's registration date (登记日期), if given.</param>
/// <param name="ValidUntil">The floating resident's registration expiry (有效期至), if given.</param>
/// <param name="CareTags">The care tags as written (关爱标签), such as 独居; empty when none.</param>
public sealed record LedgerMember(
    int Row,
    string Name,
    CitizenId CitizenId,
    string RelationToHead,
    bool IsHead,
    MobileNumber? Phone,
    LedgerPopulationType PopulationType,
    LocalDate? RegisteredOn,
    LocalDate? ValidUntil,
    IReadOnlyList<string> CareTags)
{
    /// <summary>Names the row only: a member's name and numbers are personal data and never formatted.</summary>
    /// <returns>The row reference, such as <c>ledger row 12</c>.</returns>
    public override string ToString() => $"ledger row {Row}";
}
