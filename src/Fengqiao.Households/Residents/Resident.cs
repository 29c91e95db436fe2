using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Residents.Events;
using Fengqiao.Households.Tags;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Residents;

/// <summary>
/// Resident (实有人口): one person living in the area, identified by a citizen ID (GB 11643), with
/// sex and birth date taken from the ID, an optional mobile number, registered or floating status
/// (floating residents hold a residence registration with an expiry date), moved-out and deceased
/// states and care tags with their history. <see cref="ToString"/> never shows the ID, phone or name;
/// <see cref="CitizenId"/> and <see cref="Mobile"/> mask themselves unless revealed on purpose.
/// </summary>
public sealed class Resident : AggregateRoot
{
    private const string Kind = nameof(Resident);
    private readonly List<CareTagAssignment> _careTags;

    private Resident(ResidentState state, long version)
        : base(version)
    {
        Id = state.Id;
        CitizenId = state.CitizenId;
        Name = state.Name;
        Mobile = state.Mobile;
        Grid = state.Grid;
        Residency = state.Residency;
        Floating = state.Floating;
        Status = state.Status;
        StatusSince = state.StatusSince;
        Recorded = state.Recorded;
        _careTags = [.. state.CareTags];
    }

    /// <summary>Gets the resident's id.</summary>
    public ResidentId Id { get; }

    /// <summary>Gets the citizen ID (身份证号); it masks itself in text.</summary>
    public CitizenId CitizenId { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the sex, from the citizen ID.</summary>
    public Sex Sex => CitizenId.Sex;

    /// <summary>Gets the birth date, from the citizen ID.</summary>
    public LocalDate BirthDate => CitizenId.BirthDate;

    /// <summary>Gets the mobile number, if known; it masks itself in text.</summary>
    public MobileNumber? Mobile { get; private set; }

    /// <summary>Gets the grid the resident is filed under (normally the grid of their household).</summary>
    public JurisdictionCode Grid { get; private set; }

    /// <summary>Gets whether the resident is registered here or floating.</summary>
    public ResidencyKind Residency { get; private set; }

    /// <summary>Gets the floating-population registration, if any.</summary>
    public FloatingRegistration? Floating { get; private set; }

    /// <summary>Gets the status.</summary>
    public ResidentStatus Status { get; private set; }

    /// <summary>Gets the day a moved-out or deceased status began.</summary>
    public LocalDate? StatusSince { get; private set; }

    /// <summary>Gets who registered the resident and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Gets the care tags with their history, oldest first.</summary>
    public IReadOnlyList<CareTagAssignment> CareTags => _careTags;

    /// <summary>Registers a resident (实有人口登记).</summary>
    /// <param name="id">The new id.</param>
    /// <param name="citizenId">The citizen ID; an empty one is refused.</param>
    /// <param name="name">The name.</param>
    /// <param name="grid">The grid the resident is filed under (15 digits).</param>
    /// <param name="residency">Registered or floating.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="mobile">The mobile number, if known.</param>
    /// <param name="floating">For a floating resident, the residence registration if one was made.</param>
    /// <returns>The new resident, not yet saved.</returns>
    public static Resident Register(
        ResidentId id,
        CitizenId citizenId,
        string name,
        JurisdictionCode grid,
        ResidencyKind residency,
        ChangeStamp stamp,
        MobileNumber? mobile = null,
        FloatingRegistration? floating = null)
    {
        if (citizenId.IsEmpty)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TextRequired, "citizenId", "citizenId");
        }

        var state = new ResidentState(
            ResidentState.CurrentSchemaVersion,
            id,
            citizenId,
            HouseholdsText.Require(name, nameof(name)),
            mobile is { IsEmpty: false } ? mobile : null,
            HouseholdsText.RequireGrid(grid, nameof(grid)),
            Guard.Against.EnumOutOfRange(residency),
            CheckFloating(residency, floating),
            ResidentStatus.Active,
            null,
            [],
            stamp);
        var resident = new Resident(state, 0);
        resident.Raise(new ResidentRegistered(id.Value, grid.ToString(), residency == ResidencyKind.Floating, stamp.By, stamp.At));
        return resident;
    }

    /// <summary>Rebuilds a resident from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The resident, with no pending events.</returns>
    public static Resident FromState(ResidentState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, ResidentState.CurrentSchemaVersion, Kind);
        if (state.CitizenId.IsEmpty)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TextRequired, "citizenId", "citizenId");
        }

        HouseholdsText.Require(state.Name, nameof(state.Name));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        CheckFloating(state.Residency, state.Floating);
        return new Resident(state with { CareTags = state.CareTags ?? [] }, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public ResidentState ToState() => new(
        ResidentState.CurrentSchemaVersion, Id, CitizenId, Name, Mobile, Grid, Residency, Floating, Status, StatusSince, _careTags.ToArray(), Recorded);

    /// <summary>Corrects the name.</summary>
    /// <param name="name">The name.</param>
    public void Rename(string name)
    {
        EnsureActive();
        Name = HouseholdsText.Require(name, nameof(name));
    }

    /// <summary>Records or clears the mobile number.</summary>
    /// <param name="mobile">The number, or <see langword="null"/> to clear it.</param>
    public void ChangeMobile(MobileNumber? mobile)
    {
        EnsureActive();
        Mobile = mobile is { IsEmpty: false } ? mobile : null;
    }

    /// <summary>Files the resident under another grid, as when their household moves.</summary>
    /// <param name="grid">The grid (15 digits).</param>
    public void Refile(JurisdictionCode grid) => Grid = HouseholdsText.RequireGrid(grid, nameof(grid));

    /// <summary>Makes or renews a floating resident's residence registration (居住登记 / 续期).</summary>
    /// <param name="registration">The registration.</param>
    public void RegisterFloating(FloatingRegistration registration)
    {
        EnsureActive();
        Floating = CheckFloating(Residency, Guard.Against.Null(registration));
    }

    /// <summary>Changes between registered and floating residency; a registered resident's floating registration is dropped.</summary>
    /// <param name="residency">The new residency.</param>
    /// <param name="floating">For a floating resident, the registration if one was made.</param>
    public void ChangeResidency(ResidencyKind residency, FloatingRegistration? floating = null)
    {
        EnsureActive();
        Floating = CheckFloating(Guard.Against.EnumOutOfRange(residency), floating);
        Residency = residency;
    }

    /// <summary>Records that the resident moved out (迁出).</summary>
    /// <param name="on">The day.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void MoveOut(LocalDate on, ChangeStamp stamp) => End(ResidentStatus.MovedOut, on, stamp);

    /// <summary>Records that the resident died (死亡).</summary>
    /// <param name="on">The day.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void RecordDeath(LocalDate on, ChangeStamp stamp) => End(ResidentStatus.Deceased, on, stamp);

    /// <summary>Applies a care tag from a date (关爱标记).</summary>
    /// <param name="tag">The tag, from the catalogue.</param>
    /// <param name="from">The first day it applies.</param>
    /// <param name="stamp">Who sets it and when.</param>
    public void ApplyCareTag(CareTag tag, LocalDate from, ChangeStamp stamp)
    {
        Guard.Against.Null(tag);
        EnsureActive();
        if (_careTags.Any(t => t.Code == tag.Code && (t.Validity.IsOpen || t.Validity.ValidTo > from)))
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TagAlreadyOpen, "careTag", tag.Code);
        }

        _careTags.Add(new CareTagAssignment(tag.Code, ValidityPeriod.StartingOn(from), stamp));
    }

    /// <summary>Ends an open care tag.</summary>
    /// <param name="code">The tag's code.</param>
    /// <param name="validTo">The first day it no longer applies.</param>
    /// <param name="stamp">Who ends it and when.</param>
    public void EndCareTag(string code, LocalDate validTo, ChangeStamp stamp)
    {
        Guard.Against.Null(code);
        var index = _careTags.FindIndex(t => t.Code == code && t.Validity.IsOpen);
        if (index < 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TagNotOpen, "careTag", code, validTo);
        }

        var open = _careTags[index];
        if (validTo <= open.Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "validTo", validTo, open.Validity.ValidFrom);
        }

        _careTags[index] = open with { Validity = open.Validity.EndingOn(validTo), EndedBy = stamp };
    }

    /// <summary>Gets a value indicating whether a care tag applies on a date.</summary>
    /// <param name="code">The tag's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it applies.</returns>
    public bool HasCareTagOn(string code, LocalDate date) => _careTags.Any(t => t.Code == code && t.Validity.Contains(date));

    /// <summary>Gets a value indicating whether the resident lives here on a date (registered before it and not moved out or dead by then).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the resident is active then.</returns>
    public bool IsActiveOn(LocalDate date) => Status == ResidentStatus.Active || StatusSince > date;

    /// <summary>Gets a value indicating whether an active floating resident's registration is missing or expired on a date (逾期未续).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Whether renewal is overdue.</returns>
    public bool IsRenewalOverdue(LocalDate asOf) =>
        Residency == ResidencyKind.Floating && IsActiveOn(asOf) && Floating is { } registration && registration.ExpiresOn < asOf;

    /// <summary>Describes the resident without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Resident {Id} in {Grid}";

    private static FloatingRegistration? CheckFloating(ResidencyKind residency, FloatingRegistration? floating)
    {
        if (floating is null)
        {
            return null;
        }

        if (residency != ResidencyKind.Floating)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.FloatingRegistrationInvalid, "floating", "a registered resident holds no floating registration");
        }

        if (floating.ExpiresOn < floating.RegisteredOn)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.FloatingRegistrationInvalid, "floating", "it expires before it was made");
        }

        return floating;
    }

    private void End(ResidentStatus status, LocalDate on, ChangeStamp stamp)
    {
        EnsureActive();
        Status = status;
        StatusSince = on;
        foreach (var tag in _careTags.Where(t => t.Validity.IsOpen && t.Validity.ValidFrom < on).ToList())
        {
            _careTags[_careTags.IndexOf(tag)] = tag with { Validity = tag.Validity.EndingOn(on), EndedBy = stamp };
        }

        Raise(new ResidentStatusChanged(Id.Value, status, on, stamp.By, stamp.At));
    }

    private void EnsureActive()
    {
        if (Status != ResidentStatus.Active)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ResidentInactive, "status", Status);
        }
    }
}
