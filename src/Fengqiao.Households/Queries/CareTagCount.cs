using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Queries;

/// <summary>How many residents of a division carry a care tag on a date (关爱对象统计); counts only, no one named.</summary>
/// <param name="Division">The division counted (a township in "一乡一账").</param>
/// <param name="CareTag">The tag's code.</param>
/// <param name="Residents">The number of residents.</param>
public sealed record CareTagCount(JurisdictionCode Division, string CareTag, int Residents);
