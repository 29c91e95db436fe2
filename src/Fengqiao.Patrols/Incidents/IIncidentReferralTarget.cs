namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// Somewhere an incident can be referred to (转办对象), such as the disputes module (a dispute case) or the
/// services module (a lost-and-found case). Hosts register adapters; the incident records the reference returned.
/// </summary>
public interface IIncidentReferralTarget
{
    /// <summary>Gets the target's name, recorded with the reference, such as <c>dispute</c> or <c>lost-and-found</c>.</summary>
    string Name { get; }

    /// <summary>Opens a record from the referral.</summary>
    /// <param name="referral">The incident's details.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the record opened.</returns>
    Task<string> OpenAsync(IncidentReferral referral, CancellationToken cancellationToken = default);
}
