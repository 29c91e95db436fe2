using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>The kind of a division (区划类型), finer than its <see cref="JurisdictionLevel"/>.</summary>
public enum DivisionKind
{
    /// <summary>Province, autonomous region or municipality (省、自治区、直辖市).</summary>
    Province = 1,

    /// <summary>Prefecture-level city, region or autonomous prefecture (地级市、地区、自治州).</summary>
    Prefecture = 2,

    /// <summary>County, county-level city or district (县、县级市、市辖区).</summary>
    County = 3,

    /// <summary>Sub-district (街道), township codes 000–099.</summary>
    Subdistrict = 4,

    /// <summary>Town (镇), township codes 100–199.</summary>
    Town = 5,

    /// <summary>Township (乡), township codes 200–299.</summary>
    Township = 6,

    /// <summary>Administrative village (行政村).</summary>
    Village = 7,

    /// <summary>Residents' community (社区).</summary>
    Community = 8,

    /// <summary>Grid (网格), the smallest governance cell inside a village or community.</summary>
    Grid = 9,
}
