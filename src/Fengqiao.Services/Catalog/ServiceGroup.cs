namespace Fengqiao.Services.Catalog;

/// <summary>The group a service belongs to (事项分类), as the station's windows are arranged.</summary>
public enum ServiceGroup
{
    /// <summary>Household registration (户籍).</summary>
    HouseholdRegistration = 1,

    /// <summary>Resident ID cards (居民身份证).</summary>
    IdCards = 2,

    /// <summary>Border and travel permits (出入境、边境通行证).</summary>
    BorderAndTravel = 3,

    /// <summary>Certificates (证明), such as the certificate of no criminal record.</summary>
    Certificates = 4,

    /// <summary>Traffic (交通违法处理、驾驶证).</summary>
    Traffic = 5,

    /// <summary>Legal consultation (法律咨询).</summary>
    LegalConsultation = 6,

    /// <summary>Help and lost-and-found (求助、失物招领).</summary>
    HelpAndLostFound = 7,

    /// <summary>Anything else.</summary>
    Other = 99,
}
