namespace Fengqiao.Households.Premises;

/// <summary>The category of a unit or regulated premises (单位/行业场所类别).</summary>
public enum PremisesCategory
{
    /// <summary>An ordinary unit or organisation (一般单位).</summary>
    Unit = 0,

    /// <summary>Courier and logistics (寄递物流), checked for the "三项制度".</summary>
    CourierLogistics = 1,

    /// <summary>Hotels and guest houses (旅馆业).</summary>
    Hotel = 2,

    /// <summary>Internet cafés (网吧).</summary>
    InternetCafe = 3,

    /// <summary>Second-hand trade and pawnshops (旧货/典当).</summary>
    SecondHandTrade = 4,

    /// <summary>Printing and seal engraving (印刷/刻章).</summary>
    PrintingEngraving = 5,

    /// <summary>Motor-vehicle repair (机动车修理).</summary>
    VehicleRepair = 6,

    /// <summary>Sellers of key items: controlled knives, chemicals, fireworks (重点物品经营).</summary>
    KeyItemSeller = 7,

    /// <summary>Entertainment venues (娱乐场所).</summary>
    Entertainment = 8,

    /// <summary>Another regulated trade.</summary>
    Other = 9,
}
