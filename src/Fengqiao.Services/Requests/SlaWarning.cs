namespace Fengqiao.Services.Requests;

/// <summary>The time-limit warning of an open request (时限预警).</summary>
public enum SlaWarning
{
    /// <summary>Within its time limit, or closed, or suspended (clock paused).</summary>
    None = 0,

    /// <summary>Yellow (黄牌): close to the due date — within a fifth of the limit (at least one working day), or 80% of an on-the-spot duration used.</summary>
    Yellow = 1,

    /// <summary>Red (红牌): past the due date and still open.</summary>
    Red = 2,
}
