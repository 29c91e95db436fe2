namespace Fengqiao.Patrols.Inspections;

/// <summary>One item of an inspection checklist (检查项).</summary>
/// <param name="Code">The item's code, stable within its checklist, such as <c>x-ray-screening</c>.</param>
/// <param name="TitleZh">The title in Chinese.</param>
/// <param name="TitleEn">The title in English.</param>
/// <param name="RectificationWorkingDays">How many working days a premises gets to rectify a hazard on this item.</param>
public sealed record ChecklistItem(string Code, string TitleZh, string TitleEn, int RectificationWorkingDays);
