namespace Fengqiao.Households.Households;

/// <summary>The persisted state of a <see cref="Household"/> (户状态快照).</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The household's id.</param>
/// <param name="Number">The household number (户号), if any.</param>
/// <param name="Placements">The addresses and grids, oldest first, contiguous.</param>
/// <param name="Members">The membership periods, in the order recorded.</param>
public sealed record HouseholdState(
    int SchemaVersion,
    HouseholdId Id,
    string? Number,
    IReadOnlyList<HouseholdPlacement> Placements,
    IReadOnlyList<HouseholdMembership> Members)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
