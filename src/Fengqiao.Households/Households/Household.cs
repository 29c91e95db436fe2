using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households.Events;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>
/// Household (户): the subject of one household form (一户一表) — its head, its members with their
/// relation to the head, and its address and grid. Membership, address and grid are effective-dated:
/// a change ends the current period and opens a new one, so the history is kept. Exactly one member
/// is head at any time. That one person belongs to one household at a time spans households and is
/// checked by <see cref="HouseholdRegistry"/> against the store.
/// </summary>
public sealed class Household : AggregateRoot
{
    private const string Kind = nameof(Household);
    private readonly List<HouseholdPlacement> _placements;
    private readonly List<HouseholdMembership> _members;

    private Household(HouseholdId id, string? number, List<HouseholdPlacement> placements, List<HouseholdMembership> members, long version)
        : base(version)
    {
        Id = id;
        Number = number;
        _placements = placements;
        _members = members;
    }

    /// <summary>Gets the household's id.</summary>
    public HouseholdId Id { get; }

    /// <summary>Gets the household number (户号), if any.</summary>
    public string? Number { get; private set; }

    /// <summary>Gets the addresses and grids, oldest first.</summary>
    public IReadOnlyList<HouseholdPlacement> Placements => _placements;

    /// <summary>Gets all membership periods, in the order recorded.</summary>
    public IReadOnlyList<HouseholdMembership> Members => _members;

    /// <summary>Gets the latest placement (with an end when the household was dissolved).</summary>
    public HouseholdPlacement Current => _placements[^1];

    /// <summary>Gets the current grid.</summary>
    public JurisdictionCode Grid => Current.Grid;

    /// <summary>Gets the first day of the household.</summary>
    public LocalDate ValidFrom => _placements[0].Validity.ValidFrom;

    /// <summary>Gets a value indicating whether the household was dissolved (销户).</summary>
    public bool IsDissolved => !Current.Validity.IsOpen;

    /// <summary>Registers a household with its head (建档立户).</summary>
    /// <param name="id">The new id.</param>
    /// <param name="head">The head, an existing resident.</param>
    /// <param name="grid">The grid (15 digits).</param>
    /// <param name="address">The address as written on the form.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="standardAddress">The standard address, when linked.</param>
    /// <param name="number">The household number (户号), if any.</param>
    /// <returns>The new household, not yet saved.</returns>
    public static Household Register(
        HouseholdId id,
        ResidentId head,
        JurisdictionCode grid,
        string address,
        LocalDate validFrom,
        ChangeStamp stamp,
        StandardAddressId? standardAddress = null,
        string? number = null)
    {
        var placement = new HouseholdPlacement(
            ValidityPeriod.StartingOn(validFrom), HouseholdsText.RequireGrid(grid, nameof(grid)), HouseholdsText.Require(address, nameof(address)), standardAddress, stamp);
        var household = new Household(
            id,
            HouseholdsText.Optional(number),
            [placement],
            [new HouseholdMembership(head, RelationToHead.Head, ValidityPeriod.StartingOn(validFrom), stamp)],
            0);
        household.Raise(new HouseholdRegistered(id.Value, grid.ToString(), validFrom, stamp.By, stamp.At));
        household.Raise(new HouseholdMembershipChanged(id.Value, head.Value, true, validFrom, stamp.By, stamp.At));
        return household;
    }

    /// <summary>Rebuilds a household from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The household, with no pending events.</returns>
    public static Household FromState(HouseholdState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, HouseholdState.CurrentSchemaVersion, Kind);
        Guard.Against.NullOrEmpty(state.Placements);
        Guard.Against.NullOrEmpty(state.Members);
        for (var i = 1; i < state.Placements.Count; i++)
        {
            if (state.Placements[i - 1].Validity.ValidTo != state.Placements[i].Validity.ValidFrom)
            {
                throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "placements", state.Placements[i].Validity.ValidFrom, state.Placements[i - 1].Validity.ValidFrom);
            }
        }

        foreach (var placement in state.Placements)
        {
            HouseholdsText.RequireGrid(placement.Grid, "grid");
        }

        var household = new Household(state.Id, state.Number, [.. state.Placements], [.. state.Members], version);
        household.CheckOneHead();
        return household;
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public HouseholdState ToState() => new(HouseholdState.CurrentSchemaVersion, Id, Number, _placements.ToArray(), _members.ToArray());

    /// <summary>Gets the placement that applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The placement, or <see langword="null"/> before the household began or after it was dissolved.</returns>
    public HouseholdPlacement? PlacementOn(LocalDate date) => _placements.Find(p => p.Validity.Contains(date));

    /// <summary>Gets the members on a date, head first.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The memberships that apply.</returns>
    public IReadOnlyList<HouseholdMembership> MembersOn(LocalDate date) =>
        [.. _members.Where(m => m.Validity.Contains(date)).OrderBy(m => m.Relation)];

    /// <summary>Gets the head on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The head, or <see langword="null"/> when nobody was a member then.</returns>
    public ResidentId? HeadOn(LocalDate date) =>
        _members.Find(m => m.Relation == RelationToHead.Head && m.Validity.Contains(date))?.Resident;

    /// <summary>Gets the membership periods of one resident.</summary>
    /// <param name="resident">The resident.</param>
    /// <returns>The periods, in the order recorded.</returns>
    public IReadOnlyList<HouseholdMembership> MembershipsOf(ResidentId resident) => [.. _members.Where(m => m.Resident == resident)];

    /// <summary>Gets a value indicating whether a resident's membership overlaps a period.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether one of their membership periods overlaps it.</returns>
    public bool HasMemberDuring(ResidentId resident, ValidityPeriod period) =>
        _members.Exists(m => m.Resident == resident && m.Validity.Overlaps(period));

    /// <summary>Adds a member from a date (迁入/新增成员).</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="relation">The relation to the head; not <see cref="RelationToHead.Head"/> (use <see cref="ChangeHead"/>).</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void AddMember(ResidentId resident, RelationToHead relation, LocalDate validFrom, ChangeStamp stamp)
    {
        Guard.Against.EnumOutOfRange(relation);
        EnsureOpen(validFrom);
        if (relation == RelationToHead.Head)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "relation", "use ChangeHead to make a member the head");
        }

        var period = ValidityPeriod.StartingOn(validFrom);
        if (HasMemberDuring(resident, period))
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.AlreadyAMember, "resident", validFrom);
        }

        _members.Add(new HouseholdMembership(resident, relation, period, stamp));
        Raise(new HouseholdMembershipChanged(Id.Value, resident.Value, true, validFrom, stamp.By, stamp.At));
    }

    /// <summary>Ends a member's membership (迁出/减少成员); the head cannot leave before another member becomes head.</summary>
    /// <param name="resident">The member.</param>
    /// <param name="validTo">The first day the resident is no longer a member.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void RemoveMember(ResidentId resident, LocalDate validTo, ChangeStamp stamp)
    {
        var index = OpenMembershipIndex(resident, validTo);
        if (_members[index].Relation == RelationToHead.Head)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "resident", "the head leaves only after another member became head, or when the household is dissolved");
        }

        EndAt(index, validTo);
        Raise(new HouseholdMembershipChanged(Id.Value, resident.Value, false, validTo, stamp.By, stamp.At));
    }

    /// <summary>Makes another member the head from a date (变更户主); the former head stays a member with a new relation.</summary>
    /// <param name="newHead">A current member.</param>
    /// <param name="validFrom">The first day of the new head.</param>
    /// <param name="formerHeadRelation">The former head's relation to the new head.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void ChangeHead(ResidentId newHead, LocalDate validFrom, RelationToHead formerHeadRelation, ChangeStamp stamp)
    {
        Guard.Against.EnumOutOfRange(formerHeadRelation);
        if (formerHeadRelation == RelationToHead.Head)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "formerHeadRelation", "the former head needs another relation");
        }

        var newIndex = OpenMembershipIndex(newHead, validFrom);
        var oldIndex = _members.FindIndex(m => m.Relation == RelationToHead.Head && m.Validity.IsOpen);
        if (oldIndex < 0 || oldIndex == newIndex)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "newHead", "the new head must be another current member");
        }

        var oldHead = _members[oldIndex].Resident;
        EndAt(newIndex, validFrom);
        EndAt(OpenMembershipIndex(oldHead, validFrom), validFrom);
        _members.Add(new HouseholdMembership(newHead, RelationToHead.Head, ValidityPeriod.StartingOn(validFrom), stamp));
        _members.Add(new HouseholdMembership(oldHead, formerHeadRelation, ValidityPeriod.StartingOn(validFrom), stamp));
    }

    /// <summary>Moves the household to another address or grid from a date; the former placement is kept.</summary>
    /// <param name="validFrom">The first day at the new place.</param>
    /// <param name="grid">The new grid.</param>
    /// <param name="address">The new address.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="standardAddress">The new standard address, when linked.</param>
    public void Move(LocalDate validFrom, JurisdictionCode grid, string address, ChangeStamp stamp, StandardAddressId? standardAddress = null)
    {
        EnsureOpen(validFrom);
        if (validFrom <= Current.Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "validFrom", validFrom, Current.Validity.ValidFrom);
        }

        var from = Current.Grid;
        var next = new HouseholdPlacement(ValidityPeriod.StartingOn(validFrom), HouseholdsText.RequireGrid(grid, nameof(grid)), HouseholdsText.Require(address, nameof(address)), standardAddress, stamp);
        _placements[^1] = Current with { Validity = Current.Validity.EndingOn(validFrom) };
        _placements.Add(next);
        Raise(new HouseholdMoved(Id.Value, from.ToString(), grid.ToString(), validFrom, stamp.By, stamp.At));
    }

    /// <summary>Dissolves the household (销户): every open membership and the placement end on a date.</summary>
    /// <param name="validTo">The first day the household no longer exists.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Dissolve(LocalDate validTo, ChangeStamp stamp)
    {
        EnsureOpen(validTo);
        if (validTo <= Current.Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "validTo", validTo, Current.Validity.ValidFrom);
        }

        if (_members.Find(m => m.Validity.IsOpen && m.Validity.ValidFrom >= validTo) is { } later)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "validTo", validTo, later.Validity.ValidFrom);
        }

        for (var i = 0; i < _members.Count; i++)
        {
            if (_members[i].Validity.IsOpen)
            {
                EndAt(i, validTo);
                Raise(new HouseholdMembershipChanged(Id.Value, _members[i].Resident.Value, false, validTo, stamp.By, stamp.At));
            }
        }

        _placements[^1] = Current with { Validity = Current.Validity.EndingOn(validTo) };
    }

    /// <summary>Sets or clears the household number (户号).</summary>
    /// <param name="number">The number.</param>
    public void Renumber(string? number) => Number = HouseholdsText.Optional(number);

    /// <summary>Describes the household without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Household {Id} in {Grid}";

    private int OpenMembershipIndex(ResidentId resident, LocalDate date)
    {
        var index = _members.FindIndex(m => m.Resident == resident && m.Validity.IsOpen);
        if (index < 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.NotAMember, "resident", date);
        }

        if (date <= _members[index].Validity.ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "date", date, _members[index].Validity.ValidFrom);
        }

        return index;
    }

    private void EndAt(int index, LocalDate validTo) =>
        _members[index] = _members[index] with { Validity = _members[index].Validity.EndingOn(validTo) };

    private void EnsureOpen(LocalDate date)
    {
        if (IsDissolved)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "date", date, Current.Validity.ValidTo);
        }

        if (date < ValidFrom)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, "date", date, ValidFrom);
        }
    }

    private void CheckOneHead()
    {
        var heads = _members.Where(m => m.Relation == RelationToHead.Head).ToList();
        if (heads.Count == 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "members", "no head");
        }

        for (var i = 0; i < heads.Count; i++)
        {
            for (var j = i + 1; j < heads.Count; j++)
            {
                if (heads[i].Validity.Overlaps(heads[j].Validity))
                {
                    throw HouseholdMessages.Invalid(HouseholdErrorCodes.HeadInvalid, "members", "two heads at once");
                }
            }
        }
    }
}
