namespace Fengqiao.Grids;

/// <summary>How a division or grid turned into others (区划调整类型).</summary>
public enum LineageChange
{
    /// <summary>One was split into several (拆分); the source may continue with a smaller area.</summary>
    Split = 1,

    /// <summary>Several were merged into one (合并).</summary>
    Merge = 2,

    /// <summary>One was given a new code, for example a township becoming a town (撤乡设镇).</summary>
    Recode = 3,
}
