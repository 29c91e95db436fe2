using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>A filter over service requests for <see cref="IServiceRequestStore.QueryAsync"/>; null criteria match everything. Backends may push parts down and must then apply <see cref="Matches"/>.</summary>
/// <param name="Within">Only requests of stations in this division.</param>
/// <param name="ServiceCode">Only requests for this service.</param>
/// <param name="Status">Only requests in this status.</param>
/// <param name="SubmittedFrom">Only requests submitted on or after this date.</param>
/// <param name="SubmittedTo">Only requests submitted on or before this date.</param>
/// <param name="ApplicantPhone">Only requests of the applicant with this mobile number.</param>
/// <param name="ApplicantCitizenId">Only requests of the applicant with this citizen ID.</param>
/// <param name="HotlineReference">Only requests linked to this 12345 work-order number.</param>
public sealed record ServiceRequestQuery(
    JurisdictionCode? Within = null,
    string? ServiceCode = null,
    ServiceRequestStatus? Status = null,
    LocalDate? SubmittedFrom = null,
    LocalDate? SubmittedTo = null,
    MobileNumber? ApplicantPhone = null,
    CitizenId? ApplicantCitizenId = null,
    string? HotlineReference = null)
{
    /// <summary>Gets a value indicating whether a request matches (the access scope is applied separately).</summary>
    /// <param name="request">The request.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(ServiceRequest request)
    {
        Guard.Against.Null(request);
        return (Within is not { } root || root.Contains(request.Station))
            && (ServiceCode is null || string.Equals(ServiceCode, request.ServiceCode, StringComparison.Ordinal))
            && (Status is not { } status || request.Status == status)
            && (SubmittedFrom is not { } from || request.SubmittedOn >= from)
            && (SubmittedTo is not { } to || request.SubmittedOn <= to)
            && (ApplicantPhone is not { } phone || request.Applicant.Phone == phone)
            && (ApplicantCitizenId is not { } citizen || request.Applicant.CitizenId == citizen)
            && (HotlineReference is null || string.Equals(HotlineReference, request.Hotline?.ExternalReference, StringComparison.Ordinal));
    }
}
