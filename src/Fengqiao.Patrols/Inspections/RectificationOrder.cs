using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>A rectification order (整改通知) for a hazard found on one item, due in working days from the inspection.</summary>
/// <param name="ItemCode">The checklist item.</param>
/// <param name="IssuedOn">The inspection's date.</param>
/// <param name="DueOn">The last working day to rectify by (from the official working calendar).</param>
/// <param name="RectifiedOn">The date a re-inspection found it rectified, if any.</param>
public sealed record RectificationOrder(string ItemCode, LocalDate IssuedOn, LocalDate DueOn, LocalDate? RectifiedOn)
{
    /// <summary>Gets a value indicating whether it was rectified by its due date.</summary>
    public bool RectifiedOnTime => RectifiedOn is { } done && done <= DueOn;

    /// <summary>Gets a value indicating whether it is still open.</summary>
    public bool IsOpen => RectifiedOn is null;
}
