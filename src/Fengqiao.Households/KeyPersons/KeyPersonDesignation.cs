using Fengqiao.Grids;

namespace Fengqiao.Households.KeyPersons;

/// <summary>One designation of a resident as a key person of a category, for a period (重点人员列管).</summary>
/// <param name="Category">The category's code (see <see cref="Tags.TagCatalog"/>).</param>
/// <param name="Validity">When the designation applies; open while it does.</param>
/// <param name="SetBy">Who designated and when.</param>
/// <param name="EndedBy">Who ended it and when (撤销列管), once ended.</param>
public sealed record KeyPersonDesignation(string Category, ValidityPeriod Validity, ChangeStamp SetBy, ChangeStamp? EndedBy = null);
