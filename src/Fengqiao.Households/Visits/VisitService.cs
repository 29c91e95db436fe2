using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Households;
using Fengqiao.Households.Storage;
using Fengqiao.Storage;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Households.Visits;

/// <summary>
/// Records visits (走访/入户) and their follow-ups: a visit to a household in the caller's scope, needs
/// raised, follow-up actions due in working days by the official calendar (with regional overlays) and
/// their closure, and referral of needs to other modules through <see cref="INeedReferralHandler"/>.
/// </summary>
public sealed class VisitService
{
    private readonly HouseholdSessions _sessions;
    private readonly WorkingCalendarSet _calendars;
    private readonly IReadOnlyList<INeedReferralHandler> _handlers;

    /// <summary>Creates the service.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="calendars">The working calendars.</param>
    /// <param name="handlers">The referral handlers the host registered.</param>
    public VisitService(IStorageProvider provider, IAccessContext access, IClock clock, WorkingCalendarSet calendars, IEnumerable<INeedReferralHandler> handlers)
    {
        _sessions = new HouseholdSessions(Guard.Against.Null(provider), Guard.Against.Null(access), Guard.Against.Null(clock));
        _calendars = Guard.Against.Null(calendars);
        _handlers = [.. Guard.Against.Null(handlers)];
    }

    /// <summary>Records a visit to a household in the caller's scope.</summary>
    /// <param name="household">The household.</param>
    /// <param name="visitedOn">The day.</param>
    /// <param name="kind">How it was made.</param>
    /// <param name="visitors">Who visited (account ids).</param>
    /// <param name="findings">What was found.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The visit, saved.</returns>
    public Task<Visit> RecordAsync(HouseholdId household, LocalDate visitedOn, VisitKind kind, IEnumerable<string> visitors, string? findings = null, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var found = await session.GetStore<IHouseholdStore>().FindAsync(household, cancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException(nameof(Household), household.ToString());
                var grid = found.PlacementOn(visitedOn)?.Grid ?? found.Grid;
                var visit = Visit.Record(VisitId.New(_sessions.Clock), household, grid, visitedOn, kind, visitors, stamp, findings);
                await session.GetStore<IVisitStore>().SaveAsync(visit, cancellationToken).ConfigureAwait(false);
                return visit;
            },
            cancellationToken);

    /// <summary>Records a need raised in a visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="category">A short category.</param>
    /// <param name="description">What is needed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The need's id.</returns>
    public Task<Guid> RaiseNeedAsync(VisitId visit, string category, string description, CancellationToken cancellationToken = default) =>
        ChangeAsync(visit, (v, _) => v.RaiseNeed(category, description), cancellationToken);

    /// <summary>Plans a follow-up action due a number of working days after the visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="action">What is to be done.</param>
    /// <param name="workingDays">Working days until due.</param>
    /// <param name="assignee">Who is to do it.</param>
    /// <param name="need">The need it answers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The action's id.</returns>
    public Task<Guid> PlanFollowUpAsync(VisitId visit, string action, int workingDays, string? assignee = null, Guid? need = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(visit, (v, stamp) => v.PlanFollowUp(action, workingDays, _calendars, stamp, assignee, need), cancellationToken);

    /// <summary>Closes a follow-up action.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="followUp">The action's id.</param>
    /// <param name="closedOn">The day it was done.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when saved.</returns>
    public Task CloseFollowUpAsync(VisitId visit, Guid followUp, LocalDate closedOn, string outcome, CancellationToken cancellationToken = default) =>
        ChangeAsync(visit, (v, stamp) => { v.CloseFollowUp(followUp, closedOn, outcome, stamp); return true; }, cancellationToken);

    /// <summary>Refers a need to another module through the handler registered for a kind (转办), and records the reference.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="need">The need's id.</param>
    /// <param name="kind">The kind of record to make, such as <c>service-request</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The referral recorded.</returns>
    public async Task<NeedReferral> ReferNeedAsync(VisitId visit, Guid need, string kind, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(kind);
        var handler = _handlers.FirstOrDefault(h => string.Equals(h.Kind, kind, StringComparison.Ordinal))
            ?? throw HouseholdMessages.Invalid(HouseholdErrorCodes.ReferralUnavailable, nameof(kind), kind);
        var found = await GetAsync(visit, cancellationToken).ConfigureAwait(false) ?? throw new Errors.NotFoundException(nameof(Visit), visit.ToString());
        var item = found.Needs.FirstOrDefault(n => n.Id == need) ?? throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemNotFound, nameof(need), "need", need);
        if (item.Referral is not null)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.VisitItemClosed, nameof(need), "need", need);
        }

        var reference = await handler.ReferAsync(new NeedReferralRequest(found.Id, found.Household, found.Grid, item), cancellationToken).ConfigureAwait(false);
        return await ChangeAsync(
            visit,
            (v, stamp) =>
            {
                var referral = new NeedReferral(kind, reference, stamp);
                v.ReferNeed(need, referral);
                return referral;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a visit in the caller's scope.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The visit, or <see langword="null"/>.</returns>
    public Task<Visit?> GetAsync(VisitId visit, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(session => session.GetStore<IVisitStore>().FindAsync(visit, cancellationToken), cancellationToken);

    private Task<T> ChangeAsync<T>(VisitId visit, Func<Visit, Grids.ChangeStamp, T> change, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IVisitStore>();
                var found = await store.FindAsync(visit, cancellationToken).ConfigureAwait(false) ?? throw new Errors.NotFoundException(nameof(Visit), visit.ToString());
                var result = change(found, stamp);
                await store.SaveAsync(found, cancellationToken).ConfigureAwait(false);
                return result;
            },
            cancellationToken);
}
