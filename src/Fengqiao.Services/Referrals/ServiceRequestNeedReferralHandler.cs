using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Visits;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Requests;
using Fengqiao.Storage;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Services.Referrals;

/// <summary>
/// Turns a need raised in a household visit into a submitted service request (走访诉求转办件). The need's
/// category is the catalog service code (such as <c>temporary-id-card</c>); the household's head is the
/// applicant, the channel is <see cref="ServiceChannels.DoorToDoor"/>, the station is the grid's township and
/// the area the grid. The request is checked, saved and audited in one unit of work.
/// </summary>
public sealed class ServiceRequestNeedReferralHandler : INeedReferralHandler
{
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly IClock _clock;
    private readonly WorkingCalendarSet _calendars;

    /// <summary>Creates the handler.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="calendars">The working calendars, for the request's due date.</param>
    public ServiceRequestNeedReferralHandler(IStorageProvider provider, IAccessContext access, IClock clock, WorkingCalendarSet calendars)
    {
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _clock = Guard.Against.Null(clock);
        _calendars = Guard.Against.Null(calendars);
    }

    /// <inheritdoc/>
    public string Kind => "service-request";

    /// <inheritdoc/>
    /// <exception cref="Errors.ValidationException">
    /// <see cref="ServiceErrorCodes.ServiceUnknown"/> when the need's category is not a catalog service code;
    /// <see cref="ServiceErrorCodes.LevelMismatch"/> when the grid is not a grid; <see cref="ServiceErrorCodes.ApplicantInvalid"/>
    /// when the household has no head; other codes of <see cref="ServiceRequest.Submit"/>. Nothing was written.
    /// </exception>
    /// <exception cref="Errors.NotFoundException">The household does not exist or lies outside the scope.</exception>
    public async Task<string> ReferAsync(NeedReferralRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Need);
        if (request.Grid.IsEmpty || request.Grid.Level != JurisdictionLevel.Grid)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, "grid", request.Grid.ToString(), request.Grid.Level, JurisdictionLevel.Grid);
        }

        var station = request.Grid.AncestorAt(JurisdictionLevel.Township);
        var clock = ServiceClock.For(_calendars, station);
        var stamp = ChangeStamp.Now(_clock, _access.Scope.PrincipalId);
        var today = clock.DateOf(stamp.At);
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var code = request.Need.Category?.Trim() ?? string.Empty;
            var service = (code.Length == 0 ? null : await session.GetStore<IServiceCatalogStore>().FindAsync(code, cancellationToken).ConfigureAwait(false))
                ?? throw ServiceMessages.Invalid(ServiceErrorCodes.ServiceUnknown, "service", code);
            var household = await session.GetStore<IHouseholdStore>().FindAsync(request.Household, cancellationToken).ConfigureAwait(false)
                ?? throw new Errors.NotFoundException(nameof(Household), request.Household.ToString());
            var head = household.HeadOn(today) ?? throw ServiceMessages.Invalid(ServiceErrorCodes.ApplicantInvalid, "applicant");
            var submitted = ServiceRequest.Submit(
                ServiceRequestId.From(TimeOrderedGuid.NewGuid(stamp.At)),
                service,
                station,
                ServiceApplicant.ForResident(head),
                ServiceChannels.DoorToDoor,
                clock,
                stamp,
                new ServiceRequestDetails(Description: request.Need.Description, Area: request.Grid));
            session.Audit(new AuditEntry(TimeOrderedGuid.NewGuid(stamp.At), stamp.At, stamp.By, "services.request.submit", nameof(ServiceRequest), submitted.Id.ToString(), station, null));
            await session.GetStore<IServiceRequestStore>().SaveAsync(submitted, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return submitted.Id.ToString();
        }
    }
}
