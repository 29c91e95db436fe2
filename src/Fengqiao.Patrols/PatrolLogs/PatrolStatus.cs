namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>Where a patrol stands.</summary>
public enum PatrolStatus
{
    /// <summary>Under way.</summary>
    Active = 1,

    /// <summary>Paused (a rest, a visit); time does not count.</summary>
    Paused = 2,

    /// <summary>Ended; takes no further track points.</summary>
    Ended = 3,
}
