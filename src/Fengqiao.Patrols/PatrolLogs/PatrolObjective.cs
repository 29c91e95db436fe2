namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>What a patrol is for (巡逻任务).</summary>
public enum PatrolObjective
{
    /// <summary>A routine patrol of the area (日常巡逻).</summary>
    Routine = 1,

    /// <summary>A patrol of key places and times (重点部位巡逻), such as schools at closing time.</summary>
    KeyPlaces = 2,

    /// <summary>A trip to pastures and remote households (牧场走访).</summary>
    PastureVisit = 3,

    /// <summary>Security along a pilgrimage circuit (转经道巡逻), such as the 56 km circuit.</summary>
    PilgrimageCircuit = 4,

    /// <summary>Security for an event or festival (活动安保).</summary>
    EventSecurity = 5,

    /// <summary>Search and rescue (搜救).</summary>
    SearchAndRescue = 6,

    /// <summary>Publicity along the way (巡逻宣传).</summary>
    Publicity = 7,

    /// <summary>Traffic safety persuasion (交通劝导).</summary>
    TrafficSafety = 8,
}
