namespace Fengqiao.Households.Residents;

/// <summary>Whether a resident is registered here or floating (户籍人口 / 流动人口).</summary>
public enum ResidencyKind
{
    /// <summary>Household registration (户籍) is here.</summary>
    Registered = 0,

    /// <summary>A non-local resident (流动人口), who should hold a current residence registration.</summary>
    Floating = 1,
}
