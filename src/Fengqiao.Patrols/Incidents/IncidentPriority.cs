namespace Fengqiao.Patrols.Incidents;

/// <summary>How fast an incident needs a response (警情等级).</summary>
public enum IncidentPriority
{
    /// <summary>Urgent (紧急): on scene within 5 minutes.</summary>
    Urgent = 1,

    /// <summary>Normal (一般).</summary>
    Normal = 2,

    /// <summary>Low (非紧急), such as a lost item reported hours later.</summary>
    Low = 3,
}
