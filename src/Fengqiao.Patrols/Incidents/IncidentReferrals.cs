using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>Refers incidents to other records (转办): builds the <see cref="IncidentReferral"/>, calls the target and records the reference on the incident.</summary>
public static class IncidentReferrals
{
    /// <summary>Builds the referral of an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The referral.</returns>
    public static IncidentReferral Of(Incident incident)
    {
        Guard.Against.Null(incident);
        return new IncidentReferral(incident.Id, incident.Category, incident.Jurisdiction, incident.Position, incident.Address, incident.ReceivedAt, incident.Description, incident.Involved);
    }

    /// <summary>Refers an incident to a target and records the reference (save the incident afterwards).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="target">The target.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reference recorded.</returns>
    public static async Task<ReferralReference> ReferAsync(Incident incident, IIncidentReferralTarget target, Instant at, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(incident);
        Guard.Against.Null(target);
        var id = await target.OpenAsync(Of(incident), cancellationToken).ConfigureAwait(false);
        var reference = new ReferralReference(target.Name, id, at);
        incident.RecordReferral(reference);
        return reference;
    }
}
