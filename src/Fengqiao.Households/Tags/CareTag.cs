namespace Fengqiao.Households.Tags;

/// <summary>A care tag (关爱对象类别) from the catalogue, such as 独居 (living alone) or 空巢 (empty-nest).</summary>
/// <param name="Code">The stable code, such as <c>living-alone</c>.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Sensitivity">Whether the tag reveals health.</param>
public sealed record CareTag(string Code, string NameZh, string NameEn, TagSensitivity Sensitivity);
