namespace Fengqiao.Patrols.Inspections;

/// <summary>A data-driven inspection checklist (检查表), loaded from <c>seeds/inspections/</c> or the host's own files.</summary>
/// <param name="Code">The checklist's code, such as <c>courier-site</c>.</param>
/// <param name="PremisesKind">The kind of premises it applies to, such as <c>courier</c>.</param>
/// <param name="TitleZh">The title in Chinese.</param>
/// <param name="TitleEn">The title in English.</param>
/// <param name="Items">The items, in the order they are checked.</param>
public sealed record InspectionChecklist(string Code, string PremisesKind, string TitleZh, string TitleEn, IReadOnlyList<ChecklistItem> Items)
{
    /// <summary>Finds an item by code.</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>The item, or null.</returns>
    public ChecklistItem? Find(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}
