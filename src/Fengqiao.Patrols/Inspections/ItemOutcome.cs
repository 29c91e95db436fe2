namespace Fengqiao.Patrols.Inspections;

/// <summary>The result of one checklist item (检查结果).</summary>
public enum ItemOutcome
{
    /// <summary>Meets the rule (合格).</summary>
    Passed = 1,

    /// <summary>A hazard was found (存在隐患); a rectification order follows.</summary>
    Hazard = 2,

    /// <summary>Does not apply to these premises (不适用).</summary>
    NotApplicable = 3,
}
