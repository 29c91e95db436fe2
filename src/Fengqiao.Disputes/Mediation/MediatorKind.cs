namespace Fengqiao.Disputes.Mediation;

/// <summary>Who mediates (调解人员类别).</summary>
public enum MediatorKind
{
    /// <summary>A police officer (民警).</summary>
    Police = 0,

    /// <summary>A village or community cadre (村(社区)干部).</summary>
    VillageCadre = 1,

    /// <summary>A first secretary stationed in the village (第一书记).</summary>
    FirstSecretary = 2,

    /// <summary>A grid worker (网格员).</summary>
    GridWorker = 3,

    /// <summary>A police liaison, at once liaison, grid worker and mediator (警民联络员).</summary>
    Liaison = 4,

    /// <summary>A respected resident (乡贤、有威望的群众).</summary>
    RespectedResident = 5,

    /// <summary>A judicial officer of the judicial office (司法所).</summary>
    JudicialOfficer = 6,

    /// <summary>A mediator of the township or county mediation centre (调解中心).</summary>
    MediationCentre = 7,

    /// <summary>An officer of a county department (县直部门).</summary>
    CountyDepartment = 8,
}
