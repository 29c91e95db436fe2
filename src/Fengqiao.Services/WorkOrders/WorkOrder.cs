using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.WorkOrders.Events;
using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>
/// A grid work order (网格服务工单): "群众点单、村(社区)派单、网格员接单、党委晒单" — a citizen orders, the
/// village/community dispatches it to a grid worker, the worker takes it and completes it with
/// evidence, and the party committee publishes the result in a listing without personal data.
/// </summary>
/// <remarks>An illegal step throws <see cref="ServiceErrorCodes.TransitionNotAllowed"/> and changes nothing.</remarks>
public sealed class WorkOrder : AggregateRoot
{
    private const string KindName = "work order";
    private WorkOrderState _state;

    private WorkOrder(WorkOrderState state, long version)
        : base(version)
    {
        _state = state;
    }

    /// <summary>Gets the order's id.</summary>
    public WorkOrderId Id => _state.Id;

    /// <summary>Gets the grid.</summary>
    public JurisdictionCode Grid => _state.Grid;

    /// <summary>Gets the village/community that dispatches it (the grid's parent).</summary>
    public JurisdictionCode Village => _state.Grid.Parent!.Value;

    /// <summary>Gets what was ordered.</summary>
    public string Title => _state.Title;

    /// <summary>Gets the catalog service it concerns, if any.</summary>
    public string? ServiceCode => _state.ServiceCode;

    /// <summary>Gets who ordered.</summary>
    public ServiceApplicant Citizen => _state.Citizen;

    /// <summary>Gets the citizen's description.</summary>
    public string? Description => _state.Description;

    /// <summary>Gets where.</summary>
    public GeoLocation? Location => _state.Location;

    /// <summary>Gets the status.</summary>
    public WorkOrderStatus Status => _state.Status;

    /// <summary>Gets the grid worker it was dispatched to.</summary>
    public StaffMemberId? Worker => _state.Worker;

    /// <summary>Gets what was done.</summary>
    public string? Result => _state.Result;

    /// <summary>Gets the evidence of completion.</summary>
    public IReadOnlyList<WorkOrderEvidence> Evidence => _state.Evidence;

    /// <summary>Gets the published summary.</summary>
    public string? PublicSummary => _state.PublicSummary;

    /// <summary>Gets the history, oldest first.</summary>
    public IReadOnlyList<WorkOrderStep> Steps => _state.Steps;

    /// <summary>Gets when the order was placed.</summary>
    public Instant OrderedAt => _state.Steps[0].At;

    /// <summary>Gets when the worker took it, if they did.</summary>
    public Instant? AcceptedAt => At(WorkOrderStatus.Accepted);

    /// <summary>Gets when it was completed, if it was.</summary>
    public Instant? CompletedAt => At(WorkOrderStatus.Completed);

    /// <summary>Gets when it was published, if it was.</summary>
    public Instant? PublishedAt => At(WorkOrderStatus.Published);

    /// <summary>Places a citizen's order (群众点单).</summary>
    /// <param name="id">The new order's id.</param>
    /// <param name="grid">The grid (15-digit code).</param>
    /// <param name="title">What is ordered, written so it can be published (no names or numbers).</param>
    /// <param name="citizen">Who orders.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="description">The citizen's description, if any; never published.</param>
    /// <param name="location">Where, if given.</param>
    /// <param name="serviceCode">The catalog service it concerns, if any.</param>
    /// <returns>The order, not yet saved.</returns>
    public static WorkOrder Place(WorkOrderId id, JurisdictionCode grid, string title, ServiceApplicant citizen, ChangeStamp stamp, string? description = null, GeoLocation? location = null, string? serviceCode = null)
    {
        Guard.Against.Null(citizen);
        if (grid.Level != JurisdictionLevel.Grid)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, nameof(grid), grid.ToString(), grid.Level, JurisdictionLevel.Grid);
        }

        citizen.Validate(nameof(citizen));
        location?.Validate(nameof(location));
        var state = new WorkOrderState(
            WorkOrderState.CurrentSchemaVersion,
            id,
            grid,
            ServiceMessages.RequireText(title, nameof(title)),
            serviceCode is null ? null : Catalog.ServiceCodes.Require(serviceCode, nameof(serviceCode)),
            citizen,
            string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            location,
            WorkOrderStatus.Ordered,
            null,
            null,
            [],
            null,
            [new WorkOrderStep(WorkOrderStatus.Ordered, stamp.At, stamp.By, null)]);
        var order = new WorkOrder(state, 0);
        order.Raise(new WorkOrderStatusChanged(id.Value, grid.ToString(), WorkOrderStatus.Ordered, stamp.By, stamp.At));
        return order;
    }

    /// <summary>Dispatches the order to a grid worker (村(社区)派单); a dispatched order not yet taken may be dispatched again to another worker.</summary>
    /// <param name="worker">The grid worker.</param>
    /// <param name="stamp">Who dispatches (the village/community) and when.</param>
    public void Dispatch(StaffMemberId worker, ChangeStamp stamp)
    {
        Require(nameof(Dispatch), WorkOrderStatus.Ordered, WorkOrderStatus.Dispatched);
        Move(WorkOrderStatus.Dispatched, stamp, null, s => s with { Worker = worker });
    }

    /// <summary>The grid worker takes the order (网格员接单, claimed from the list).</summary>
    /// <param name="worker">The worker taking it; must be the one it was dispatched to.</param>
    /// <param name="stamp">Who and when.</param>
    public void Accept(StaffMemberId worker, ChangeStamp stamp)
    {
        Require(nameof(Accept), WorkOrderStatus.Dispatched);
        RequireWorker(worker);
        Move(WorkOrderStatus.Accepted, stamp, null, null);
    }

    /// <summary>Completes the order with evidence (办结，挂图销账).</summary>
    /// <param name="worker">The worker; must be the one who took it.</param>
    /// <param name="result">What was done.</param>
    /// <param name="evidence">At least one piece of evidence.</param>
    /// <param name="stamp">Who and when.</param>
    /// <param name="closedAt">Where it was closed, for the map; the order's location when null.</param>
    public void Complete(StaffMemberId worker, string result, IReadOnlyList<WorkOrderEvidence> evidence, ChangeStamp stamp, GeoLocation? closedAt = null)
    {
        Guard.Against.Null(evidence);
        Require(nameof(Complete), WorkOrderStatus.Accepted);
        RequireWorker(worker);
        var text = ServiceMessages.RequireText(result, nameof(result));
        if (evidence.Count == 0 || evidence.Any(e => e is null || string.IsNullOrWhiteSpace(e.Kind) || string.IsNullOrWhiteSpace(e.Reference)))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.TextRequired, nameof(evidence), nameof(evidence));
        }

        closedAt?.Validate(nameof(closedAt));
        Move(WorkOrderStatus.Completed, stamp, null, s => s with { Result = text, Evidence = [.. evidence], Location = closedAt ?? s.Location });
    }

    /// <summary>Publishes the completed order (党委晒单) with a public summary; ID and phone numbers in it are masked.</summary>
    /// <param name="publicSummary">The text to show.</param>
    /// <param name="stamp">Who (the party committee) and when.</param>
    public void Publish(string publicSummary, ChangeStamp stamp)
    {
        Require(nameof(Publish), WorkOrderStatus.Completed);
        var text = Applicants.PersonalNumbers.Mask(ServiceMessages.RequireText(publicSummary, nameof(publicSummary)));
        Move(WorkOrderStatus.Published, stamp, null, s => s with { PublicSummary = text });
    }

    /// <summary>Cancels an order not yet completed (撤单).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="stamp">Who and when.</param>
    public void Cancel(string reason, ChangeStamp stamp)
    {
        Require(nameof(Cancel), WorkOrderStatus.Ordered, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted);
        Move(WorkOrderStatus.Cancelled, stamp, ServiceMessages.RequireText(reason, nameof(reason)), null);
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public WorkOrderState ToState() => _state;

    /// <summary>Rebuilds an order from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The order.</returns>
    public static WorkOrder FromState(WorkOrderState state, long version)
    {
        Guard.Against.Null(state);
        var key = state.Id.ToString();
        StateChecks.Schema(state.SchemaVersion, WorkOrderState.CurrentSchemaVersion, KindName, key);
        if (state.Grid.Level != JurisdictionLevel.Grid || string.IsNullOrWhiteSpace(state.Title) || state.Citizen is null || state.Evidence is null
            || state.Steps is not { Count: > 0 } || state.Steps[^1].Status != state.Status
            || (state.Status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted or WorkOrderStatus.Completed or WorkOrderStatus.Published && state.Worker is null))
        {
            throw StateChecks.Invalid(KindName, key, "grid, title, citizen, evidence, steps or worker missing or inconsistent");
        }

        return new WorkOrder(state, version);
    }

    /// <summary>Describes the order by grid, status and id (no personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Grid} {Status} {Id}";

    private Instant? At(WorkOrderStatus status) => _state.Steps.LastOrDefault(s => s.Status == status)?.At;

    private void Require(string action, params WorkOrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.TransitionNotAllowed, "status", KindName, Status, action);
        }
    }

    private void RequireWorker(StaffMemberId worker)
    {
        if (Worker != worker)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.WorkerMismatch, nameof(worker));
        }
    }

    private void Move(WorkOrderStatus next, ChangeStamp stamp, string? note, Func<WorkOrderState, WorkOrderState>? change)
    {
        if (stamp.At < _state.Steps[^1].At)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.OutOfOrder, "at", next, stamp.At, _state.Steps[^1].At);
        }

        var changed = change?.Invoke(_state) ?? _state;
        _state = changed with { Status = next, Steps = [.. _state.Steps, new WorkOrderStep(next, stamp.At, stamp.By, note)] };
        Raise(new WorkOrderStatusChanged(Id.Value, Grid.ToString(), next, stamp.By, stamp.At));
    }
}
