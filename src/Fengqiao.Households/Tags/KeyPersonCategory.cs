namespace Fengqiao.Households.Tags;

/// <summary>A key-person category (重点人员类别) from the catalogue, such as 信访 (petitioner).</summary>
/// <param name="Code">The stable code, such as <c>petitioner</c>.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="NameEn">The English name.</param>
public sealed record KeyPersonCategory(string Code, string NameZh, string NameEn);
