namespace Fengqiao.Patrols.Incidents;

/// <summary>Where an incident stands (警情状态): received → dispatched → arrived → resolved → closed, or diverted to 12345.</summary>
public enum IncidentStatus
{
    /// <summary>Received, not yet dispatched (接警).</summary>
    Received = 1,

    /// <summary>An officer is on the way (派警).</summary>
    Dispatched = 2,

    /// <summary>On scene (到场).</summary>
    Arrived = 3,

    /// <summary>Dealt with (处置完毕).</summary>
    Resolved = 4,

    /// <summary>Closed (结警).</summary>
    Closed = 5,

    /// <summary>Not a police matter; handed to the 12345 hotline (分流至 12345).</summary>
    Diverted = 6,
}
