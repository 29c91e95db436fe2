using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Parties;
using NodaTime;

namespace Fengqiao.Patrols.Incidents.Referrals;

/// <summary>
/// Opens a dispute (纠纷登记) from an incident referral, with the source <see cref="DisputeSource.Call110"/>, through
/// <see cref="DisputeService"/>: the dispute is validated, linked to repeats and audited like any other. The incident's
/// grid, address (or position) and description carry over; the people involved become parties — residents by their
/// resident id, others as outside persons named by their description. Victims and parties come first (the first is the
/// applicant, the rest respondents); callers and people helped are related persons, or the applicant when no one else
/// is; witnesses are not parties. The incident also becomes an evidence reference (<c>incident</c>) of the dispute.
/// </summary>
public sealed class DisputeReferralTarget : IIncidentReferralTarget
{
    private readonly DisputeService _disputes;
    private readonly DateTimeZone _zone;
    private readonly DisputeReferralOptions _options;

    /// <summary>Creates the target.</summary>
    /// <param name="disputes">The dispute service.</param>
    /// <param name="zone">The host's time zone, for the day reported.</param>
    /// <param name="options">How missing details are filled in; the defaults when null.</param>
    public DisputeReferralTarget(DisputeService disputes, DateTimeZone zone, DisputeReferralOptions? options = null)
    {
        _disputes = Guard.Against.Null(disputes);
        _zone = Guard.Against.Null(zone);
        _options = options ?? new DisputeReferralOptions();
    }

    /// <inheritdoc/>
    public string Name => "dispute";

    /// <inheritdoc/>
    /// <exception cref="Errors.ValidationException">
    /// The dispute would be invalid, with the disputes module's code: <see cref="DisputeErrorCodes.AreaInvalid"/> when the
    /// incident has no grid or village, <see cref="DisputeErrorCodes.PartyInvalid"/> when no one is involved,
    /// <see cref="DisputeErrorCodes.CategoryUnknown"/> for an unmapped category, <see cref="DisputeErrorCodes.TextRequired"/>
    /// when neither an address nor a position is known. Nothing was written.
    /// </exception>
    public async Task<string> OpenAsync(IncidentReferral referral, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(referral);
        var address = !string.IsNullOrWhiteSpace(referral.Address)
            ? referral.Address
            : referral.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:F5}N {p.Longitude:F5}E") : string.Empty;
        var record = new DisputeRecord(
            _options.CategoryFor(referral.Category),
            _options.Risk,
            referral.Description,
            PartiesOf(referral.Involved ?? []),
            [new EvidenceReference("incident", referral.Incident.ToString(), referral.OccurredAt)]);
        var dispute = await _disputes.ReportAsync(
            new DisputeLocation(referral.Jurisdiction, address),
            referral.OccurredAt.InZone(_zone).Date,
            DisputeSource.Call110,
            record,
            cancellationToken).ConfigureAwait(false);
        return dispute.Id.ToString();
    }

    private DisputeParty[] PartiesOf(IReadOnlyList<InvolvedPerson> involved)
    {
        var principal = involved.Where(i => i.Role is InvolvedRole.Victim).Concat(involved.Where(i => i.Role is InvolvedRole.Party)).ToList();
        var related = involved.Where(i => i.Role is InvolvedRole.Caller or InvolvedRole.Helped).ToList();
        var parties = new List<DisputeParty>();
        foreach (var person in principal)
        {
            parties.Add(PartyOf(parties.Count + 1, parties.Count == 0 ? PartyRole.Applicant : PartyRole.Respondent, person));
        }

        foreach (var person in related)
        {
            parties.Add(PartyOf(parties.Count + 1, parties.Count == 0 ? PartyRole.Applicant : PartyRole.Related, person));
        }

        return [.. parties];
    }

    private DisputeParty PartyOf(int number, PartyRole role, InvolvedPerson person) =>
        person.Resident is { } resident
            ? new DisputeParty(number, role, resident)
            : new DisputeParty(number, role, null, string.IsNullOrWhiteSpace(person.Description) ? _options.UnnamedParty : person.Description.Trim());
}
