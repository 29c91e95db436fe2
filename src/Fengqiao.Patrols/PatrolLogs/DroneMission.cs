namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>The mission of a drone sortie (无人机任务类型).</summary>
public enum DroneMission
{
    /// <summary>Area patrol (巡查).</summary>
    Patrol = 1,

    /// <summary>Search and rescue (搜救).</summary>
    SearchAndRescue = 2,

    /// <summary>Traffic watch (交通管控).</summary>
    Traffic = 3,

    /// <summary>Publicity by loudspeaker (空中宣传).</summary>
    Publicity = 4,

    /// <summary>Survey or mapping (勘察).</summary>
    Survey = 5,

    /// <summary>Event security (活动安保).</summary>
    EventSecurity = 6,
}
