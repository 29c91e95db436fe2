namespace Fengqiao.Patrols.Incidents;

/// <summary>A linked action taken with the community on an incident (联动处置).</summary>
public enum LinkedActionKind
{
    /// <summary>Residents asked to look out, for example for a taxi's plate (发动群众协查).</summary>
    ResidentsAlerted = 1,

    /// <summary>A liaison's first response before police arrive (联络员先期处置).</summary>
    LiaisonFirstResponse = 2,

    /// <summary>Help from a volunteer team (志愿者协助), such as the veterans' team.</summary>
    VolunteerHelp = 3,

    /// <summary>A grid worker's help (网格员协助).</summary>
    GridWorkerHelp = 4,

    /// <summary>Another agency brought in (联动单位), such as fire, medical or the township.</summary>
    AgencyLinked = 5,
}
