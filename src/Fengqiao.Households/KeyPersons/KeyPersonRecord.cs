using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.KeyPersons;

/// <summary>
/// The key-person record of one resident (重点人员档案): the categories they are designated under, with
/// periods and who set them. Kept apart from <see cref="Resident"/> so that an ordinary read of a
/// resident or household never carries key-person data; reading it needs
/// <c>FengqiaoPermissions.ReadKeyPersons</c> and a stated purpose (<see cref="KeyPersonRegistry"/>).
/// </summary>
public sealed class KeyPersonRecord : AggregateRoot
{
    private readonly List<KeyPersonDesignation> _designations;

    private KeyPersonRecord(KeyPersonState state, long version)
        : base(version)
    {
        Resident = state.Resident;
        Grid = state.Grid;
        _designations = [.. state.Designations ?? []];
    }

    /// <summary>Gets the resident.</summary>
    public ResidentId Resident { get; }

    /// <summary>Gets the grid the record is filed under.</summary>
    public JurisdictionCode Grid { get; private set; }

    /// <summary>Gets the designations, oldest first.</summary>
    public IReadOnlyList<KeyPersonDesignation> Designations => _designations;

    /// <summary>Opens a key-person record for a resident.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="grid">The grid the resident is filed under.</param>
    /// <returns>The record, without designations, not yet saved.</returns>
    public static KeyPersonRecord Open(ResidentId resident, JurisdictionCode grid) =>
        new(new KeyPersonState(KeyPersonState.CurrentSchemaVersion, resident, HouseholdsText.RequireGrid(grid, nameof(grid)), []), 0);

    /// <summary>Rebuilds a record from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The record.</returns>
    public static KeyPersonRecord FromState(KeyPersonState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, KeyPersonState.CurrentSchemaVersion, nameof(KeyPersonRecord));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        return new KeyPersonRecord(state, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public KeyPersonState ToState() => new(KeyPersonState.CurrentSchemaVersion, Resident, Grid, _designations.ToArray());

    /// <summary>Designates the resident under a category from a date (列管).</summary>
    /// <param name="category">The category, from the catalogue.</param>
    /// <param name="from">The first day.</param>
    /// <param name="stamp">Who designates and when.</param>
    public void Designate(KeyPersonCategory category, LocalDate from, ChangeStamp stamp)
    {
        Guard.Against.Null(category);
        if (_designations.Exists(d => d.Category == category.Code && (d.Validity.IsOpen || d.Validity.ValidTo > from)))
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TagAlreadyOpen, "category", category.Code);
        }

        _designations.Add(new KeyPersonDesignation(category.Code, ValidityPeriod.StartingOn(from), stamp));
    }

    /// <summary>Ends an open designation (撤销列管).</summary>
    /// <param name="category">The category's code.</param>
    /// <param name="validTo">The first day it no longer applies.</param>
    /// <param name="stamp">Who ends it and when.</param>
    public void EndDesignation(string category, LocalDate validTo, ChangeStamp stamp)
    {
        Guard.Against.Null(category);
        var index = _designations.FindIndex(d => d.Category == category && d.Validity.IsOpen);
        if (index < 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TagNotOpen, "category", category, validTo);
        }

        var open = _designations[index];
        if (validTo <= open.Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "validTo", validTo, open.Validity.ValidFrom);
        }

        _designations[index] = open with { Validity = open.Validity.EndingOn(validTo), EndedBy = stamp };
    }

    /// <summary>Files the record under another grid, as when the resident's household moves.</summary>
    /// <param name="grid">The grid.</param>
    public void Refile(JurisdictionCode grid) => Grid = HouseholdsText.RequireGrid(grid, nameof(grid));

    /// <summary>Gets a value indicating whether the resident is designated under a category on a date.</summary>
    /// <param name="category">The category's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether a designation applies.</returns>
    public bool IsDesignatedOn(string category, LocalDate date) => _designations.Exists(d => d.Category == category && d.Validity.Contains(date));

    /// <summary>Describes the record without the categories.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"KeyPersonRecord {Resident} in {Grid}";
}
