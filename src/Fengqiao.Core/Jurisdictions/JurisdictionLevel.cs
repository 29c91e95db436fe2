namespace Fengqiao.Jurisdictions;

/// <summary>The level of a jurisdiction in the GB/T 2260 and statistical division hierarchy (区划层级).</summary>
public enum JurisdictionLevel
{
    /// <summary>Province, autonomous region or municipality (省级), such as 540000 Tibet.</summary>
    Province = 1,

    /// <summary>Prefecture-level city or region (地级), such as 540100 Lhasa.</summary>
    Prefecture = 2,

    /// <summary>County-level division (县级), such as 540127 Maizhokunggar.</summary>
    County = 3,

    /// <summary>Township, town or sub-district (乡级): nine digits.</summary>
    Township = 4,

    /// <summary>Village or community (村级/社区): twelve digits.</summary>
    Village = 5,

    /// <summary>Grid (网格): the twelve-digit village code plus a three-digit grid number.</summary>
    Grid = 6,
}
