using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>
/// A safety inspection of regulated premises (安全检查), such as a courier site against the "three
/// rules": a result per checklist item; on completion every hazard gets a rectification order due in
/// working days from the official calendar; re-inspections ("回头看") close them.
/// </summary>
public sealed class Inspection : AggregateRoot
{
    private const string KindName = nameof(Inspection);
    private readonly List<InspectionItemResult> _results;
    private readonly List<RectificationOrder> _orders;
    private readonly List<Reinspection> _reinspections;

    private Inspection(InspectionState state, long version)
        : base(version)
    {
        Id = state.Id;
        Jurisdiction = state.Jurisdiction;
        Premises = state.Premises;
        ChecklistCode = state.ChecklistCode;
        Date = state.Date;
        Inspectors = [.. state.Inspectors];
        Status = state.Status;
        Recorded = state.Recorded;
        _results = [.. state.Results];
        _orders = [.. state.Orders];
        _reinspections = [.. state.Reinspections];
    }

    /// <summary>Gets the inspection's id.</summary>
    public InspectionId Id { get; }

    /// <summary>Gets the division or grid the premises lie in.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the premises inspected.</summary>
    public PremisesId Premises { get; }

    /// <summary>Gets the checklist used.</summary>
    public string ChecklistCode { get; }

    /// <summary>Gets the date of the inspection.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets who inspected.</summary>
    public IReadOnlyList<StaffMemberId> Inspectors { get; }

    /// <summary>Gets where it stands.</summary>
    public InspectionStatus Status { get; private set; }

    /// <summary>Gets who recorded it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Gets the item results, in the order recorded.</summary>
    public IReadOnlyList<InspectionItemResult> Results => _results;

    /// <summary>Gets the rectification orders.</summary>
    public IReadOnlyList<RectificationOrder> Orders => _orders;

    /// <summary>Gets the re-inspections.</summary>
    public IReadOnlyList<Reinspection> Reinspections => _reinspections;

    /// <summary>Gets the number of hazards found.</summary>
    public int HazardCount => _results.Count(r => r.Outcome == ItemOutcome.Hazard);

    /// <summary>Opens an inspection.</summary>
    /// <param name="id">The new inspection's id.</param>
    /// <param name="jurisdiction">The division or grid the premises lie in.</param>
    /// <param name="premises">The premises.</param>
    /// <param name="checklist">The checklist to use.</param>
    /// <param name="date">The date.</param>
    /// <param name="inspectors">Who inspects.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The inspection, not yet saved.</returns>
    public static Inspection Open(InspectionId id, JurisdictionCode jurisdiction, PremisesId premises, InspectionChecklist checklist, LocalDate date, IEnumerable<StaffMemberId> inspectors, ChangeStamp stamp)
    {
        Guard.Against.Null(checklist);
        Guard.Against.Null(inspectors);
        if (jurisdiction.IsEmpty)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(jurisdiction), nameof(jurisdiction));
        }

        return new Inspection(
            new InspectionState(InspectionState.CurrentSchemaVersion, id, jurisdiction, premises, checklist.Code, date, [.. inspectors.Distinct()], InspectionStatus.InProgress, [], [], [], stamp),
            0);
    }

    /// <summary>Records (or replaces) the result of one item.</summary>
    /// <param name="checklist">The inspection's checklist.</param>
    /// <param name="itemCode">The item.</param>
    /// <param name="outcome">The result.</param>
    /// <param name="note">What was found.</param>
    /// <param name="evidence">Photos and clips.</param>
    public void RecordResult(InspectionChecklist checklist, string itemCode, ItemOutcome outcome, string? note = null, IEnumerable<EvidenceReference>? evidence = null)
    {
        RequireChecklist(checklist);
        Guard.Against.EnumOutOfRange(outcome);
        RequireStatus(InspectionStatus.InProgress, "record results");
        if (checklist.Find(itemCode) is null)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ChecklistItemUnknown, nameof(itemCode), checklist.Code, itemCode);
        }

        _results.RemoveAll(r => r.ItemCode == itemCode);
        _results.Add(new InspectionItemResult(itemCode, outcome, note, [.. evidence ?? []]));
    }

    /// <summary>
    /// Completes the inspection: each hazard gets a rectification order due the item's number of
    /// working days after the inspection, by the official calendar of the premises' region.
    /// </summary>
    /// <param name="checklist">The inspection's checklist.</param>
    /// <param name="calendar">The working calendar (national plus regional overlay).</param>
    /// <returns>The orders issued.</returns>
    /// <exception cref="Errors.ValidationException">The calendar has no data for the dates needed; dates are never guessed.</exception>
    public IReadOnlyList<RectificationOrder> Complete(InspectionChecklist checklist, WorkingCalendar calendar)
    {
        RequireChecklist(checklist);
        Guard.Against.Null(calendar);
        RequireStatus(InspectionStatus.InProgress, "complete");
        var issued = _results
            .Where(r => r.Outcome == ItemOutcome.Hazard)
            .Select(r => new RectificationOrder(r.ItemCode, Date, calendar.AddWorkingDays(Date, checklist.Find(r.ItemCode)!.RectificationWorkingDays), null))
            .ToList();
        _orders.AddRange(issued);
        Status = issued.Count == 0 ? InspectionStatus.Closed : InspectionStatus.RectificationPending;
        return issued;
    }

    /// <summary>Records a re-inspection ("回头看"): the listed open items are found rectified, the others still open.</summary>
    /// <param name="on">The date.</param>
    /// <param name="rectifiedItems">The items found rectified.</param>
    /// <returns>The re-inspection recorded.</returns>
    public Reinspection Reinspect(LocalDate on, IEnumerable<string> rectifiedItems)
    {
        Guard.Against.Null(rectifiedItems);
        RequireStatus(InspectionStatus.RectificationPending, "re-inspect");
        var rectified = rectifiedItems.Distinct(StringComparer.Ordinal).ToList();
        foreach (var item in rectified)
        {
            var index = _orders.FindIndex(o => o.ItemCode == item && o.IsOpen);
            if (index < 0)
            {
                throw PatrolMessages.Invalid(PatrolErrorCodes.RectificationNotOpen, nameof(rectifiedItems), item);
            }

            _orders[index] = _orders[index] with { RectifiedOn = on };
        }

        var reinspection = new Reinspection(on, rectified, [.. _orders.Where(o => o.IsOpen).Select(o => o.ItemCode)]);
        _reinspections.Add(reinspection);
        if (reinspection.StillOpen.Count == 0)
        {
            Status = InspectionStatus.Closed;
        }

        return reinspection;
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public InspectionState ToState() => new(
        InspectionState.CurrentSchemaVersion, Id, Jurisdiction, Premises, ChecklistCode, Date, Inspectors, Status, [.. _results], [.. _orders], [.. _reinspections], Recorded);

    /// <summary>Rebuilds an inspection from its persisted state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The inspection.</returns>
    public static Inspection FromState(InspectionState state, long version)
    {
        Guard.Against.Null(state);
        if (state.SchemaVersion != InspectionState.CurrentSchemaVersion || state.Jurisdiction.IsEmpty || string.IsNullOrWhiteSpace(state.ChecklistCode)
            || state.Results is null || state.Orders is null || state.Reinspections is null || state.Inspectors is null)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.StateInvalid, "state", KindName, state.Id, "schema, jurisdiction, checklist or lists missing");
        }

        return new Inspection(state, version);
    }

    /// <summary>Describes the inspection by id and date.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Inspection {Id} {Date:yyyy-MM-dd} {Status}";

    private void RequireChecklist(InspectionChecklist checklist)
    {
        Guard.Against.Null(checklist);
        if (!string.Equals(checklist.Code, ChecklistCode, StringComparison.Ordinal))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ChecklistInvalid, nameof(checklist), checklist.Code, "not this inspection's checklist");
        }
    }

    private void RequireStatus(InspectionStatus expected, string action)
    {
        if (Status != expected)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.InspectionStateInvalid, nameof(Status), Status, action);
        }
    }
}
