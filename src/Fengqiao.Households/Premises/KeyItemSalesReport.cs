using Fengqiao.Grids;
using NodaTime;

namespace Fengqiao.Households.Premises;

/// <summary>A key-item sales report (重点物品销售信息) filed by premises: what was sold, how much, when.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="SoldOn">The day of the sale.</param>
/// <param name="Item">The item, such as a controlled knife or a chemical.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Unit">The unit of the quantity.</param>
/// <param name="Note">A note, if any (no buyer's identity: that stays in the seller's real-name register).</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record KeyItemSalesReport(Guid Id, LocalDate SoldOn, string Item, decimal Quantity, string Unit, string? Note, ChangeStamp Recorded);
