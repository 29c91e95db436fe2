namespace Fengqiao.Patrols.Tracks;

/// <summary>Why a track point was dropped by <see cref="TrackCleaner"/> (轨迹清洗原因).</summary>
public enum TrackDropReason
{
    /// <summary>Its coordinates are not finite or lie outside WGS-84 ranges.</summary>
    OutOfRange = 1,

    /// <summary>Its time is not later than the last point kept.</summary>
    TimeWentBackwards = 2,

    /// <summary>It repeats the last point kept (same time and place).</summary>
    Duplicate = 3,

    /// <summary>Reaching it from the last point kept needs a speed the patrol's kind cannot reach.</summary>
    TooFast = 4,
}
