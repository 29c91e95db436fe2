using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;

namespace Fengqiao.Services.Requests;

/// <summary>The optional parts of a new service request.</summary>
/// <param name="Attributes">Answers to the service's request attributes, by attribute code.</param>
/// <param name="Description">The applicant's description.</param>
/// <param name="Location">Where, for door-to-door services or reports.</param>
/// <param name="Area">The applicant's village/community or grid, inside the station's county.</param>
/// <param name="FromHotline">The 12345 work-order number when the request came from the hotline.</param>
public sealed record ServiceRequestDetails(
    IReadOnlyDictionary<string, string>? Attributes = null,
    string? Description = null,
    GeoLocation? Location = null,
    JurisdictionCode? Area = null,
    string? FromHotline = null);
