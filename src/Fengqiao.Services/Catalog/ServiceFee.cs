namespace Fengqiao.Services.Catalog;

/// <summary>A fee of a service (收费标准), or a free item (3 free photos: amount 0).</summary>
/// <param name="Item">What is charged for.</param>
/// <param name="AmountYuan">The amount in yuan; 0 for free.</param>
/// <param name="Note">A note, such as the legal basis or who is exempt.</param>
public sealed record ServiceFee(LocalizedText Item, decimal AmountYuan, LocalizedText? Note = null);
