using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Households.Visits;

/// <summary>
/// Visit (走访 / 入户): who visited which household when, what they found, the needs raised and the
/// follow-up actions with due dates in working days and their closure ("百万民警进千万家"). A need can
/// be referred to another module (a service request, a dispute) through <see cref="INeedReferralHandler"/>.
/// </summary>
public sealed class Visit : AggregateRoot
{
    private readonly List<string> _visitors;
    private readonly List<VisitNeed> _needs;
    private readonly List<FollowUpAction> _followUps;

    private Visit(VisitState state, long version)
        : base(version)
    {
        Id = state.Id;
        Household = state.Household;
        Grid = state.Grid;
        VisitedOn = state.VisitedOn;
        Kind = state.Kind;
        Findings = state.Findings;
        Recorded = state.Recorded;
        _visitors = [.. state.Visitors ?? []];
        _needs = [.. state.Needs ?? []];
        _followUps = [.. state.FollowUps ?? []];
    }

    /// <summary>Gets the id.</summary>
    public VisitId Id { get; }

    /// <summary>Gets the household visited.</summary>
    public HouseholdId Household { get; }

    /// <summary>Gets the household's grid at the time.</summary>
    public JurisdictionCode Grid { get; }

    /// <summary>Gets the day of the visit.</summary>
    public LocalDate VisitedOn { get; }

    /// <summary>Gets how the visit was made.</summary>
    public VisitKind Kind { get; }

    /// <summary>Gets who visited (account ids).</summary>
    public IReadOnlyList<string> Visitors => _visitors;

    /// <summary>Gets what was found.</summary>
    public string? Findings { get; private set; }

    /// <summary>Gets the needs raised.</summary>
    public IReadOnlyList<VisitNeed> Needs => _needs;

    /// <summary>Gets the follow-up actions.</summary>
    public IReadOnlyList<FollowUpAction> FollowUps => _followUps;

    /// <summary>Gets who recorded the visit and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Records a visit to a household.</summary>
    /// <param name="id">The new id.</param>
    /// <param name="household">The household.</param>
    /// <param name="grid">The household's grid.</param>
    /// <param name="visitedOn">The day.</param>
    /// <param name="kind">How it was made.</param>
    /// <param name="visitors">Who visited (account ids); at least one.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="findings">What was found.</param>
    /// <returns>The new visit, not yet saved.</returns>
    public static Visit Record(VisitId id, HouseholdId household, JurisdictionCode grid, LocalDate visitedOn, VisitKind kind, IEnumerable<string> visitors, ChangeStamp stamp, string? findings = null)
    {
        Guard.Against.Null(visitors);
        var names = visitors.Select(v => HouseholdsText.Require(v, nameof(visitors))).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.TextRequired, nameof(visitors), nameof(visitors));
        }

        var visit = new Visit(
            new VisitState(VisitState.CurrentSchemaVersion, id, household, HouseholdsText.RequireGrid(grid, nameof(grid)), visitedOn, Guard.Against.EnumOutOfRange(kind), names, HouseholdsText.Optional(findings), [], [], stamp),
            0);
        visit.Raise(new Events.VisitRecorded(id.Value, household.Value, grid.ToString(), visitedOn, stamp.By, stamp.At));
        return visit;
    }

    /// <summary>Rebuilds a visit from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The visit.</returns>
    public static Visit FromState(VisitState state, long version)
    {
        Guard.Against.Null(state);
        HouseholdsText.CheckSchema(state.SchemaVersion, VisitState.CurrentSchemaVersion, nameof(Visit));
        HouseholdsText.RequireGrid(state.Grid, nameof(state.Grid));
        return new Visit(state, version);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public VisitState ToState() => new(
        VisitState.CurrentSchemaVersion, Id, Household, Grid, VisitedOn, Kind, _visitors.ToArray(), Findings, _needs.ToArray(), _followUps.ToArray(), Recorded);

    /// <summary>Adds to the findings.</summary>
    /// <param name="findings">The text to add.</param>
    public void AddFindings(string findings)
    {
        var text = HouseholdsText.Require(findings, nameof(findings));
        Findings = Findings is null ? text : Findings + Environment.NewLine + text;
    }

    /// <summary>Records a need raised during the visit.</summary>
    /// <param name="category">A short category, such as <c>service</c>, <c>dispute</c> or <c>care</c>.</param>
    /// <param name="description">What is needed.</param>
    /// <returns>The need's id.</returns>
    public Guid RaiseNeed(string category, string description)
    {
        var need = new VisitNeed(NextId(_needs.Select(n => n.Id)), HouseholdsText.Require(category, nameof(category)), HouseholdsText.Require(description, nameof(description)));
        _needs.Add(need);
        return need.Id;
    }

    /// <summary>Plans a follow-up action due a number of working days after the visit (by the official calendar of the grid's region).</summary>
    /// <param name="action">What is to be done.</param>
    /// <param name="workingDays">Working days from the visit to the due date; at least 1.</param>
    /// <param name="calendars">The working calendars.</param>
    /// <param name="stamp">Who plans it and when.</param>
    /// <param name="assignee">Who is to do it, if assigned.</param>
    /// <param name="need">The need it answers, if any.</param>
    /// <returns>The action's id.</returns>
    public Guid PlanFollowUp(string action, int workingDays, WorkingCalendarSet calendars, ChangeStamp stamp, string? assignee = null, Guid? need = null)
    {
        Guard.Against.Null(calendars);
        if (workingDays < 1)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.NumberOutOfRange, nameof(workingDays), nameof(workingDays), ">= 1");
        }

        if (need is { } needId && !_needs.Exists(n => n.Id == needId))
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemNotFound, nameof(need), "need", needId);
        }

        var due = calendars.GetCalendar(Grid).AddWorkingDays(VisitedOn, workingDays);
        var id = NextId(_followUps.Select(f => f.Id));
        _followUps.Add(new FollowUpAction(id, HouseholdsText.Require(action, nameof(action)), need, HouseholdsText.Optional(assignee), due, stamp));
        return id;
    }

    /// <summary>Closes a follow-up action (办结).</summary>
    /// <param name="followUp">The action's id.</param>
    /// <param name="closedOn">The day it was done.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="stamp">Who closes it and when.</param>
    public void CloseFollowUp(Guid followUp, LocalDate closedOn, string outcome, ChangeStamp stamp)
    {
        var index = _followUps.FindIndex(f => f.Id == followUp);
        if (index < 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemNotFound, nameof(followUp), "follow-up", followUp);
        }

        var action = _followUps[index];
        if (action.ClosedOn is not null)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemClosed, nameof(followUp), "follow-up", followUp);
        }

        if (closedOn < VisitedOn)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.ChangeOutOfOrder, nameof(closedOn), closedOn, VisitedOn);
        }

        _followUps[index] = action with { ClosedOn = closedOn, Outcome = HouseholdsText.Require(outcome, nameof(outcome)), Closed = stamp };
    }

    /// <summary>Records where a need went (转办): the record it became in another module.</summary>
    /// <param name="need">The need's id.</param>
    /// <param name="referral">The referral.</param>
    public void ReferNeed(Guid need, NeedReferral referral)
    {
        Guard.Against.Null(referral);
        var index = _needs.FindIndex(n => n.Id == need);
        if (index < 0)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemNotFound, nameof(need), "need", need);
        }

        if (_needs[index].Referral is not null)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemClosed, nameof(need), "need", need);
        }

        _needs[index] = _needs[index] with { Referral = referral with { Kind = HouseholdsText.Require(referral.Kind, "kind"), Reference = HouseholdsText.Require(referral.Reference, "reference") } };
    }

    /// <summary>Describes the visit without findings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Visit {Id} to {Household} on {VisitedOn:uuuu-MM-dd}";

    // Small sequential ids inside one visit: deterministic, and unique within it.
    private static Guid NextId(IEnumerable<Guid> existing)
    {
        var next = existing.Select(g => BitConverter.ToInt32(g.ToByteArray(), 0)).DefaultIfEmpty(0).Max() + 1;
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes, next);
        return new Guid(bytes);
    }
}
