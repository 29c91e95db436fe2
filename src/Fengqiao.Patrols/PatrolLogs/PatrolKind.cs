namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>How a patrol moves (巡逻方式).</summary>
public enum PatrolKind
{
    /// <summary>On foot (步巡), including the long pilgrimage circuits.</summary>
    Foot = 1,

    /// <summary>By bicycle (骑行巡逻).</summary>
    Bicycle = 2,

    /// <summary>By motorcycle (摩托车巡逻).</summary>
    Motorcycle = 3,

    /// <summary>By car or truck (车巡), including pasture trips.</summary>
    Vehicle = 4,

    /// <summary>A drone sortie (无人机巡逻).</summary>
    Drone = 5,

    /// <summary>On horseback (骑马巡逻), on pastures without roads.</summary>
    Mounted = 6,

    /// <summary>By boat (水上巡逻).</summary>
    Boat = 7,
}
