using Fengqiao.Grids;

namespace Fengqiao.Households.Residents;

/// <summary>A care tag applied to a resident for a period (关爱标记), with who set and who ended it.</summary>
/// <param name="Code">The care tag's code (see <see cref="Tags.TagCatalog"/>).</param>
/// <param name="Validity">When the tag applies; open while it still does.</param>
/// <param name="SetBy">Who applied it and when.</param>
/// <param name="EndedBy">Who ended it and when, once ended.</param>
public sealed record CareTagAssignment(string Code, ValidityPeriod Validity, ChangeStamp SetBy, ChangeStamp? EndedBy = null);
