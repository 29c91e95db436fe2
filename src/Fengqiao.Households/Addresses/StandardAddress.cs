using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Addresses;

/// <summary>
/// Standard address (标准地址): the "一标" of 一标三实 — the anchor that houses, households and premises
/// point to, as the bureau's base data holds it.
/// </summary>
public sealed class StandardAddress : AggregateRoot
{
    private StandardAddress(StandardAddressState state, long version)
        : base(version)
    {
        Id = state.Id;
        Grid = state.Grid;
        Text = state.Text;
        BureauCode = state.BureauCode;
        Recorded = state.Recorded;
    }

    /// <summary>Gets the id.</summary>
    public StandardAddressId Id { get; }

    /// <summary>Gets the grid the address lies in.</summary>
    public JurisdictionCode Grid { get; private set; }

    /// <summary>Gets the full address text (road, number, building, unit, room).</summary>
    public string Text { get; private set; }

    /// <summary>Gets the address code in the bureau's base data, if known (地址编码).</summary>
    public string? BureauCode { get; private set; }

    /// <summary>Gets who registered it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Registers a standard address.</summary>
    /// <param name="id">The new id.</param>
    /// <param name="grid">The grid it lies in.</param>
    /// <param name="text">The full address text.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="bureauCode">The bureau's address code, if known.</param>
    /// <returns>The new address, not yet saved.</returns>
    public static StandardAddress Register(StandardAddressId id, JurisdictionCode grid, string text, ChangeStamp stamp, string? bureauCode = null) =>
        new(new StandardAddressState(StandardAddressState.CurrentSchemaVersion, id, HouseholdsText.RequireGrid(grid, nameof(grid)), HouseholdsText.Require(text, nameof(text)), HouseholdsText.Optional(bureauCode), stamp), 0);

    /// <summary>Rebuilds an address from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The address.</returns>
    public static StandardAddress FromState(StandardAddressState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, StandardAddressState.CurrentSchemaVersion, nameof(StandardAddress));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        HouseholdsText.Require(state.Text, nameof(state.Text));
        return new StandardAddress(state, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public StandardAddressState ToState() => new(StandardAddressState.CurrentSchemaVersion, Id, Grid, Text, BureauCode, Recorded);

    /// <summary>Corrects the text or grid, as when the bureau's base data is corrected.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="text">The text.</param>
    /// <param name="bureauCode">The bureau's code.</param>
    public void Correct(JurisdictionCode grid, string text, string? bureauCode)
    {
        Grid = HouseholdsText.RequireGrid(grid, nameof(grid));
        Text = HouseholdsText.Require(text, nameof(text));
        BureauCode = HouseholdsText.Optional(bureauCode);
    }

    /// <summary>Describes the address by id and grid.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"StandardAddress {Id} in {Grid}";
}
