namespace Fengqiao.Patrols.Incidents;

/// <summary>How an incident reached the police (接警渠道).</summary>
public enum IncidentChannel
{
    /// <summary>A 110 emergency call.</summary>
    Call110 = 1,

    /// <summary>Transferred from the 12345 government hotline (12345 转警).</summary>
    Transfer12345 = 2,

    /// <summary>Reported in person at the station (来所报警).</summary>
    WalkIn = 3,

    /// <summary>A call to the station's or an officer's phone.</summary>
    Phone = 4,

    /// <summary>Reported online (网上报警, a mini-program or group chat).</summary>
    Online = 5,

    /// <summary>Reported by a grid worker (网格上报).</summary>
    GridReport = 6,

    /// <summary>Reported by a police liaison (联络员上报).</summary>
    Liaison = 7,
}
