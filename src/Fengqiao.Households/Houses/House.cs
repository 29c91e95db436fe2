using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Houses;

/// <summary>House (实有房屋): a dwelling or building at a standard address, with its use (self-occupied, rented, …).</summary>
public sealed class House : AggregateRoot
{
    private House(HouseState state, long version)
        : base(version)
    {
        Id = state.Id;
        Address = state.Address;
        Grid = state.Grid;
        Use = state.Use;
        FloorArea = state.FloorArea;
        Recorded = state.Recorded;
    }

    /// <summary>Gets the id.</summary>
    public HouseId Id { get; }

    /// <summary>Gets the standard address.</summary>
    public StandardAddressId Address { get; }

    /// <summary>Gets the grid it lies in.</summary>
    public JurisdictionCode Grid { get; }

    /// <summary>Gets how it is used.</summary>
    public HouseUse Use { get; private set; }

    /// <summary>Gets the floor area in square metres, if known.</summary>
    public decimal? FloorArea { get; private set; }

    /// <summary>Gets who registered it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Registers a house.</summary>
    /// <param name="id">The new id.</param>
    /// <param name="address">Its standard address.</param>
    /// <param name="grid">The grid it lies in.</param>
    /// <param name="use">How it is used.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="floorArea">The floor area in square metres, if known.</param>
    /// <returns>The new house, not yet saved.</returns>
    public static House Register(HouseId id, StandardAddressId address, JurisdictionCode grid, HouseUse use, ChangeStamp stamp, decimal? floorArea = null) =>
        new(new HouseState(HouseState.CurrentSchemaVersion, id, address, HouseholdsText.RequireGrid(grid, nameof(grid)), Guard.Against.EnumOutOfRange(use), CheckArea(floorArea), stamp), 0);

    /// <summary>Rebuilds a house from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The house.</returns>
    public static House FromState(HouseState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, HouseState.CurrentSchemaVersion, nameof(House));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        return new House(state, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public HouseState ToState() => new(HouseState.CurrentSchemaVersion, Id, Address, Grid, Use, FloorArea, Recorded);

    /// <summary>Records a change of use, such as a house let to tenants.</summary>
    /// <param name="use">The new use.</param>
    public void ChangeUse(HouseUse use) => Use = Guard.Against.EnumOutOfRange(use);

    /// <summary>Records the floor area.</summary>
    /// <param name="floorArea">The area in square metres, or <see langword="null"/>.</param>
    public void ChangeFloorArea(decimal? floorArea) => FloorArea = CheckArea(floorArea);

    /// <summary>Describes the house by id and grid.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"House {Id} in {Grid}";

    private static decimal? CheckArea(decimal? area) =>
        area is { } a && a <= 0 ? throw HouseholdMessages.Invalid(HouseholdErrorCodes.NumberOutOfRange, "floorArea", "floorArea", "> 0") : area;
}
