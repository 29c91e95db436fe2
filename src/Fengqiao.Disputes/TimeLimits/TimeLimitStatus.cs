namespace Fengqiao.Disputes.TimeLimits;

/// <summary>A dispute's standing against its time limit (时限预警).</summary>
public enum TimeLimitStatus
{
    /// <summary>On time (正常).</summary>
    OnTime = 0,

    /// <summary>Yellow warning (黄色预警): the deadline is near.</summary>
    Yellow = 1,

    /// <summary>Red warning (红色预警): overdue.</summary>
    Red = 2,
}
