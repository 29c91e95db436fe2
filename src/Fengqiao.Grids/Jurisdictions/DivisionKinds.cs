using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>Relates <see cref="DivisionKind"/> to <see cref="JurisdictionLevel"/>.</summary>
public static class DivisionKinds
{
    /// <summary>Gets the level a kind of division sits at.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The level.</returns>
    public static JurisdictionLevel LevelOf(DivisionKind kind) => kind switch
    {
        DivisionKind.Province => JurisdictionLevel.Province,
        DivisionKind.Prefecture => JurisdictionLevel.Prefecture,
        DivisionKind.County => JurisdictionLevel.County,
        DivisionKind.Subdistrict or DivisionKind.Town or DivisionKind.Township => JurisdictionLevel.Township,
        DivisionKind.Village or DivisionKind.Community => JurisdictionLevel.Village,
        DivisionKind.Grid => JurisdictionLevel.Grid,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
