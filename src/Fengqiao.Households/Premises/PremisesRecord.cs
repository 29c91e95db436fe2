using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Premises;

/// <summary>
/// The record of a unit or regulated premises (实有单位 / 行业场所): category, licence, responsible
/// person, where it is, its key-item sales reports (重点物品销售信息) and links to its inspections.
/// </summary>
public sealed class PremisesRecord : AggregateRoot
{
    private readonly List<KeyItemSalesReport> _salesReports;
    private readonly List<PremisesInspectionLink> _inspections;

    private PremisesRecord(PremisesState state, long version)
        : base(version)
    {
        Id = state.Id;
        Name = state.Name;
        Category = state.Category;
        Licence = state.Licence;
        Responsible = state.Responsible;
        Grid = state.Grid;
        Address = state.Address;
        Validity = state.Validity;
        Recorded = state.Recorded;
        _salesReports = [.. state.SalesReports ?? []];
        _inspections = [.. state.Inspections ?? []];
    }

    /// <summary>Gets the id.</summary>
    public PremisesId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the category.</summary>
    public PremisesCategory Category { get; private set; }

    /// <summary>Gets the licence or permit number, if any.</summary>
    public string? Licence { get; private set; }

    /// <summary>Gets the responsible person.</summary>
    public PremisesContact Responsible { get; private set; }

    /// <summary>Gets the grid it lies in.</summary>
    public JurisdictionCode Grid { get; private set; }

    /// <summary>Gets the standard address, when linked.</summary>
    public StandardAddressId? Address { get; private set; }

    /// <summary>Gets when it operates.</summary>
    public ValidityPeriod Validity { get; private set; }

    /// <summary>Gets who registered it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Gets the key-item sales reports, in the order recorded.</summary>
    public IReadOnlyList<KeyItemSalesReport> SalesReports => _salesReports;

    /// <summary>Gets the links to inspections, in the order attached.</summary>
    public IReadOnlyList<PremisesInspectionLink> Inspections => _inspections;

    /// <summary>Registers premises.</summary>
    /// <param name="id">The new id.</param>
    /// <param name="name">The name.</param>
    /// <param name="category">The category.</param>
    /// <param name="responsible">The responsible person.</param>
    /// <param name="grid">The grid it lies in.</param>
    /// <param name="openedOn">The day it opened (or was first recorded).</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="licence">The licence number, if any.</param>
    /// <param name="address">The standard address, when linked.</param>
    /// <returns>The new record, not yet saved.</returns>
    public static PremisesRecord Register(
        PremisesId id,
        string name,
        PremisesCategory category,
        PremisesContact responsible,
        JurisdictionCode grid,
        LocalDate openedOn,
        ChangeStamp stamp,
        string? licence = null,
        StandardAddressId? address = null) =>
        new(new PremisesState(
            PremisesState.CurrentSchemaVersion,
            id,
            HouseholdsText.Require(name, nameof(name)),
            Guard.Against.EnumOutOfRange(category),
            HouseholdsText.Optional(licence),
            CheckContact(responsible),
            HouseholdsText.RequireGrid(grid, nameof(grid)),
            address,
            ValidityPeriod.StartingOn(openedOn),
            [],
            [],
            stamp), 0);

    /// <summary>Rebuilds premises from their persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The record.</returns>
    public static PremisesRecord FromState(PremisesState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, PremisesState.CurrentSchemaVersion, nameof(PremisesRecord));
        HouseholdsText.Require(state.Name, nameof(state.Name));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        CheckContact(state.Responsible);
        return new PremisesRecord(state, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public PremisesState ToState() => new(
        PremisesState.CurrentSchemaVersion, Id, Name, Category, Licence, Responsible, Grid, Address, Validity, _salesReports.ToArray(), _inspections.ToArray(), Recorded);

    /// <summary>Updates name, category, licence and responsible person.</summary>
    /// <param name="name">The name.</param>
    /// <param name="category">The category.</param>
    /// <param name="licence">The licence number.</param>
    /// <param name="responsible">The responsible person.</param>
    public void Update(string name, PremisesCategory category, string? licence, PremisesContact responsible)
    {
        Name = HouseholdsText.Require(name, nameof(name));
        Category = Guard.Against.EnumOutOfRange(category);
        Licence = HouseholdsText.Optional(licence);
        Responsible = CheckContact(responsible);
    }

    /// <summary>Records a key-item sales report (重点物品销售信息).</summary>
    /// <param name="report">The report.</param>
    public void ReportKeyItemSale(KeyItemSalesReport report)
    {
        Guard.Against.Null(report);
        if (report.Quantity <= 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.NumberOutOfRange, "quantity", "quantity", "> 0");
        }

        _salesReports.Add(report with { Item = HouseholdsText.Require(report.Item, "item"), Unit = HouseholdsText.Require(report.Unit, "unit"), Note = HouseholdsText.Optional(report.Note) });
    }

    /// <summary>Attaches an inspection recorded elsewhere; attaching the same inspection again replaces the link.</summary>
    /// <param name="inspection">The link.</param>
    public void AttachInspection(PremisesInspectionLink inspection)
    {
        Guard.Against.Null(inspection);
        HouseholdsText.Require(inspection.Source, "source");
        _inspections.RemoveAll(i => i.InspectionId == inspection.InspectionId && i.Source == inspection.Source);
        _inspections.Add(inspection);
    }

    /// <summary>Records that the premises closed (注销/停业).</summary>
    /// <param name="closedOn">The first day it no longer operates.</param>
    public void Close(LocalDate closedOn)
    {
        if (!Validity.IsOpen || closedOn <= Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "closedOn", closedOn, Validity.ValidFrom);
        }

        Validity = Validity.EndingOn(closedOn);
    }

    /// <summary>Describes the premises by id, category and grid.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Premises {Id} ({Category}) in {Grid}";

    private static PremisesContact CheckContact(PremisesContact contact)
    {
        Guard.Against.Null(contact);
        return contact with { Name = HouseholdsText.Require(contact.Name, "responsible"), Mobile = contact.Mobile is { IsEmpty: false } ? contact.Mobile : null };
    }
}
