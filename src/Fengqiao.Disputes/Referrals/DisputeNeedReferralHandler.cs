using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Disputes.Parties;
using Fengqiao.Households.Households;
using Fengqiao.Households.Visits;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Disputes.Referrals;

/// <summary>
/// Turns a need raised in a household visit into a reported dispute (走访发现纠纷转登记), with the source
/// <see cref="DisputeSource.Visit"/>. The household's head is the applicant and the household's address the
/// place; the need's category is the dispute category when the catalogue has it, otherwise <c>other</c>.
/// The dispute is reported through <see cref="DisputeService"/>, so it is checked, linked to repeats and audited.
/// </summary>
public sealed class DisputeNeedReferralHandler : INeedReferralHandler
{
    /// <summary>The category used when the need's category is not a dispute category.</summary>
    public const string FallbackCategory = "other";

    private readonly DisputeService _disputes;
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Creates the handler.</summary>
    /// <param name="disputes">The dispute service that reports the dispute.</param>
    /// <param name="provider">The storage backend, to read the household.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The host's time zone, for the day reported.</param>
    public DisputeNeedReferralHandler(DisputeService disputes, IStorageProvider provider, IAccessContext access, IClock clock, DateTimeZone zone)
    {
        _disputes = Guard.Against.Null(disputes);
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _clock = Guard.Against.Null(clock);
        _zone = Guard.Against.Null(zone);
    }

    /// <inheritdoc/>
    public string Kind => "dispute";

    /// <inheritdoc/>
    /// <exception cref="Errors.NotFoundException">The household does not exist or lies outside the scope.</exception>
    /// <exception cref="Errors.ValidationException">The dispute would be invalid (for example the grid is not a grid or village, or the description is empty); nothing was written.</exception>
    public async Task<string> ReferAsync(NeedReferralRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Need);
        var today = _clock.GetCurrentInstant().InZone(_zone).Date;
        Household household;
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            household = await session.GetStore<IHouseholdStore>().FindAsync(request.Household, cancellationToken).ConfigureAwait(false)
                ?? throw new Errors.NotFoundException(nameof(Household), request.Household.ToString());
        }

        // A household without a head on the day (moved away, dissolved) leaves the dispute without a party,
        // which the dispute itself rejects with its own code.
        var head = household.HeadOn(today);
        DisputeParty[] parties = head is { } resident ? [new DisputeParty(1, PartyRole.Applicant, resident)] : [];
        var address = (household.PlacementOn(today) ?? household.Current).Address;
        var category = _disputes.Policy.FindCategory(request.Need.Category) is not null ? request.Need.Category : FallbackCategory;
        var record = new DisputeRecord(category, RiskLevel.Low, request.Need.Description, parties, []);
        var dispute = await _disputes.ReportAsync(new DisputeLocation(request.Grid, address), today, DisputeSource.Visit, record, cancellationToken).ConfigureAwait(false);
        return dispute.Id.ToString();
    }
}
