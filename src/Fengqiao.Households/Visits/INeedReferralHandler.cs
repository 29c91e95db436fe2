namespace Fengqiao.Households.Visits;

/// <summary>
/// The extension point that turns a need raised in a visit into a record of another module (转办): the
/// services module registers one that opens a service request, the disputes module one that opens a
/// dispute. Register implementations in DI; <see cref="VisitService.ReferNeedAsync"/> picks one by <see cref="Kind"/>.
/// </summary>
public interface INeedReferralHandler
{
    /// <summary>Gets the kind of record the handler makes, such as <c>service-request</c> or <c>dispute</c>.</summary>
    string Kind { get; }

    /// <summary>Creates the record for a need.</summary>
    /// <param name="request">The need and its origin.</param>
    /// <param name="cancellationToken">Cancels the referral.</param>
    /// <returns>The new record's reference (its id or number), stored on the need.</returns>
    Task<string> ReferAsync(NeedReferralRequest request, CancellationToken cancellationToken = default);
}
