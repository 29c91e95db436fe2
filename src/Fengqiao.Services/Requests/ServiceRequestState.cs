using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>The persisted state of a <see cref="ServiceRequest"/> (办件状态快照).</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The request's id.</param>
/// <param name="ServiceCode">The service asked for.</param>
/// <param name="CatalogVersion">The catalog version the request was made under.</param>
/// <param name="Station">The handling station's jurisdiction; its calendar counts the time limit.</param>
/// <param name="Area">The village/community or grid the applicant lives in, if known.</param>
/// <param name="Channel">The channel it came through.</param>
/// <param name="Applicant">Who asked.</param>
/// <param name="Location">Where, if given.</param>
/// <param name="Description">The applicant's description, if any.</param>
/// <param name="Attributes">The answers to the service's request attributes.</param>
/// <param name="TimeLimit">The time limit of that catalog version.</param>
/// <param name="SubmittedOn">The civil date of submission, in the station's zone.</param>
/// <param name="Status">The current status.</param>
/// <param name="DueOn">The working-day due date, with suspensions added; null for an on-the-spot service.</param>
/// <param name="DueAt">The due instant of an on-the-spot service, with suspensions added; null otherwise.</param>
/// <param name="PausedWorkingDays">Working days spent suspended (completed suspensions).</param>
/// <param name="PausedDuration">Time spent suspended (completed suspensions).</param>
/// <param name="SuspendedAt">When the current suspension began; null when not suspended.</param>
/// <param name="ClosedAt">When it reached a final status; null while open.</param>
/// <param name="Hotline">The link to the 12345 hotline, if any.</param>
/// <param name="Steps">The history, oldest first; the first step is the submission.</param>
/// <param name="Issues">Complaints and errors recorded.</param>
public sealed record ServiceRequestState(
    int SchemaVersion,
    ServiceRequestId Id,
    string ServiceCode,
    int CatalogVersion,
    JurisdictionCode Station,
    JurisdictionCode? Area,
    ServiceChannels Channel,
    ServiceApplicant Applicant,
    GeoLocation? Location,
    string? Description,
    IReadOnlyDictionary<string, string> Attributes,
    ServiceTimeLimit TimeLimit,
    LocalDate SubmittedOn,
    ServiceRequestStatus Status,
    LocalDate? DueOn,
    Instant? DueAt,
    int PausedWorkingDays,
    Duration PausedDuration,
    Instant? SuspendedAt,
    Instant? ClosedAt,
    HotlineLink? Hotline,
    IReadOnlyList<ServiceRequestStep> Steps,
    IReadOnlyList<ServiceIssue> Issues)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets when the request was submitted (the first step).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Instant SubmittedAt => Steps[0].At;
}
