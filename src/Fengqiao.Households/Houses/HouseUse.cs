namespace Fengqiao.Households.Houses;

/// <summary>How a house is used (房屋用途), as the 实有房屋 register records it.</summary>
public enum HouseUse
{
    /// <summary>Lived in by its owner (自住).</summary>
    OwnerOccupied = 0,

    /// <summary>Let to tenants (出租); rental houses are checked more often.</summary>
    Rented = 1,

    /// <summary>Used for business (经营).</summary>
    Business = 2,

    /// <summary>Empty (空置).</summary>
    Vacant = 3,

    /// <summary>Other use.</summary>
    Other = 4,
}
